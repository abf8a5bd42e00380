## Holdspace, English. Every word the interface shows lives here.
## Keep the tone calm, plain and kind: people may be reading this at a low moment.

## Layout
skip-to-content = Skip to main content
nav-label = Main
nav-circles = Circles
nav-account = Your account
nav-admin = Coordinate
nav-signin = Sign in
nav-signup = Join
nav-signout = Sign out
footer-not-crisis = Holdspace is peer support, not a crisis service. If you or someone else is in danger right now, call your local emergency number.
signed-in-as = Signed in as { $alias }.
form-problems = A few things need another look
pager-label = Pages
pager-previous = Previous page
pager-next = Next page

## Confirmations shown after an action
done-profile-saved = Your profile is saved.
done-password-changed = Your new password is set. Other devices have been signed out.
done-signed-out = You have signed out. Take care.
done-session-revoked = That device has been signed out.
done-sessions-revoked = Every other device has been signed out.
done-account-deleted = Your account and everything in it have been deleted. You are welcome back any time.
done-role-changed = The role has been updated and recorded in the audit log.
done-settings-saved = The organisation settings are saved.

## Home
home-title = Welcome
home-heading = A circle of people who understand
home-lead = Peer support circles for people who share a lived experience. Meet online or in person, with a facilitator who has been there too.
home-find-circle = Find a circle
home-join = Join with an alias
home-promises-heading = How circles work
home-promise-equals = Equals, not experts
home-promise-equals-text = Facilitators hold space; nobody is ranked, scored or diagnosed.
home-promise-confidential = What is said here stays here
home-promise-confidential-text = Words shared in a live circle are never recorded or stored, and they are gone when the meet ends.
home-promise-no-pressure = No pressure to speak
home-promise-no-pressure-text = Listening is taking part. You can pass, nod along, or step away for a moment.
home-promise-alias = Come as you are
home-promise-alias-text = An alias is all you need. No real name, no phone number, no diagnosis.

## Circles
circles-title = Circles
circles-heading = Find a circle
circles-lead = Each circle is a small group of peers who meet regularly with a facilitator.
circles-none = There are no circles listed yet.
circle-back = All circles
circle-about = About this circle
circle-who = Who it is for
circle-how = How it works
circle-agreements = Our agreements
circle-agreements-lead = Everyone in the circle agrees to these before joining.
circle-facilitators = Facilitators
circle-join = How to join
circle-join-drop-in = This is a drop-in circle: come when you can, no commitment needed.
circle-join-signup = To join, create an account. An alias is all you need.
circle-join-signup-button = Join with an alias
circle-paused = This circle is taking a break for now.
circle-archived = This circle has finished and no longer meets.
circle-paused-tag = Taking a break
circle-drop-in-tag = Drop-in
fact-format = Format
fact-languages = Language
fact-place = Where
fact-for = For
fact-ages = Ages
fact-topics = Topics
fact-time-zone = Time zone
format-online = Online
format-in-person = In person
format-hybrid = Online and in person
ages-between = { $min } to { $max }
ages-from = { $min } and over
ages-up-to = up to { $max }
audience-lgbtqia = LGBTQIA+ people
audience-trans-nonbinary = Trans and non-binary people
audience-women = Women
audience-youth = Young people
audience-young-adults = Young adults
audience-deaf = Deaf and hard-of-hearing people
audience-parents = Parents
audience-caregivers = Caregivers
audience-professionals = Mental-health professionals
audience-survivors = Survivors

## Sign up and sign in
signup-title = Join
signup-heading = Join with an alias
signup-lead = Choose the name you would like to be called in circles. It does not have to be your real name.
signup-optional = Optional details
signup-privacy = We keep only what you give us here. You can see, download or delete all of it from your account at any time.
signup-submit = Create my account
signup-have-account = Already have an account?
signin-title = Sign in
signin-heading = Sign in
signin-submit = Sign in
signin-failed = That alias and password do not match. Please check both and try again.
signin-trouble = Cannot sign in?
signin-use-code = Use a recovery code
signin-use-email = Get a reset link by email
signin-ask-coordinator = Or ask a coordinator of your organisation for a one-time password.
signin-new = New here?

field-alias = Alias
hint-alias = 2 to 32 letters or numbers; spaces, dots, dashes and apostrophes are fine.
field-password = Password
field-new-password = New password
field-current-password = Current password
field-confirm-password = Your password, to confirm
hint-new-password = At least 10 characters. A few words strung together work well.
field-email = Email
hint-email = Only used to send you a reset link if you forget your password. Leave it empty if you prefer.
field-pronouns = Pronouns
hint-pronouns = Shown next to your alias in circles, for example she/her, they/them.
field-language = Language
field-time-zone = Time zone
hint-time-zone = So meet times show in your own time, for example Asia/Kolkata or Europe/London.
field-lived-experience = About you, as a facilitator
hint-lived-experience = A few lines shown on the pages of circles you facilitate: the experience you share with the group.
field-recovery-code = Recovery code
hint-recovery-code = One of the codes you saved when you joined, such as k7mq2-xw9ad.

## Recovery codes
codes-title = Your recovery codes
codes-heading = Save your recovery codes
codes-welcome = Welcome. Your account is ready.
codes-explain = If you ever forget your password, any one of these codes lets you choose a new one. Each code works once. Keep them somewhere safe, such as a note only you can see.
codes-list-label = Recovery codes
codes-once = We will not show these codes again, but you can make new ones from your account at any time.
codes-continue = I have saved them, continue

## Recovery and reset
recover-title = Set a new password
recover-heading = Set a new password with a recovery code
recover-lead = Enter your alias, one of your recovery codes and the new password you would like.
recover-submit = Set my new password
recover-no-match = That alias and recovery code do not match. Please check both; each code works only once.
recover-other-ways = Other ways back in
reset-title = Reset your password
reset-heading = Reset your password by email
reset-lead = If you gave us an email address, we can send you a link to choose a new password.
reset-submit = Send me a link
reset-sent = If an account has that email address, a link is on its way. It works for one hour.
reset-unavailable = Email is not set up on this server. Use a recovery code, or ask a coordinator for a one-time password.
reset-choose-heading = Choose a new password
reset-choose-lead = Choose a new password for { $alias }.
reset-choose-submit = Set my new password
reset-email-subject = Your password reset link
reset-email-body =
    Hello { $alias },

    Someone asked to reset the password for this Holdspace account. If it was you, open this link within one hour to choose a new password:

    { $link }

    If it was not you, you can ignore this email; nothing has changed.

## Account
account-title = Your account
account-heading = Your account
account-lead = You are signed in as { $alias }.
account-profile = Profile
account-save = Save profile
account-security = Password and recovery
account-change-password = Change your password
account-codes = Recovery codes
account-codes-left = { $count ->
    [one] You have one unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
account-codes-new = Make new recovery codes
account-sessions = Where you are signed in
account-sessions-lead = If you do not recognise a device, sign it out.
session-unknown-device = Unknown device
session-this-device = This device
session-signed-in = Signed in { $when }
session-last-active = last active { $when }
session-revoke = Sign out this device
session-sign-out-here = Sign out here
session-revoke-others = Sign out every other device
account-data = Your data
account-data-lead = Everything we keep about you is yours: download it, or delete your account and it is gone at once.
account-export = Download my data (JSON)
account-delete = Delete my account
role-participant = Participant
role-facilitator = Facilitator
role-coordinator = Coordinator

password-title = Change password
password-heading = Change your password
password-one-time = You signed in with a one-time password. Please choose your own now.
password-submit = Change password
password-other-sessions = Changing your password signs you out on every other device.

delete-title = Delete your account
delete-heading = Delete your account
delete-lead = This cannot be undone.
delete-goes = Your alias, password, email, profile, sessions and recovery codes are deleted at once.
delete-stays = Counts that never named you, such as how many people came to a meet, are kept.
delete-export-first = You may want to download your data first:
delete-submit = Delete my account
delete-keep = Keep my account

## Coordinators
admin-title = Coordinate
admin-heading = Coordinate
admin-back = Back to coordinating
admin-members = Members
admin-accounts-deleted = Accounts deleted
members-title = Members and roles
members-search = Search by alias
members-search-submit = Search
members-none = No members match.
members-roles = Roles
members-joined = Joined
members-actions = Actions
members-grant-facilitator = Make { $alias } a facilitator
members-revoke-facilitator = Remove facilitator role from { $alias }
members-grant-coordinator = Make { $alias } a coordinator
members-revoke-coordinator = Remove coordinator role from { $alias }
members-reset-password = One-time password for { $alias }
otp-title = One-time password
otp-heading = One-time password
otp-lead = A one-time password for { $alias }:
otp-explain = Pass it on privately. They will be asked to choose their own password when they sign in; all their devices have been signed out. This password is not shown again.
audit-title = Audit log
audit-lead = Who changed roles, passwords and settings, and when. It never holds passwords or anything said in a circle.
audit-none = Nothing has been recorded yet.
audit-when = When
audit-who = Who
audit-what = What
audit-whom = About
audit-console = The server console
audit-deleted-member = A deleted member
audit-role-granted-facilitator = Gave the facilitator role
audit-role-granted-coordinator = Gave the coordinator role
audit-role-revoked-facilitator = Removed the facilitator role
audit-role-revoked-coordinator = Removed the coordinator role
audit-password-reset = Issued a new password
audit-account-deleted = Deleted their own account
audit-settings-changed = Changed the organisation settings
settings-title = Organisation settings
settings-save = Save settings
field-org-name = Organisation name
field-country = Country
hint-country = Two-letter code such as IN, US or GB; used to suggest local helplines.
field-agreements = Agreements every circle shares
hint-agreements = One agreement per line. Changing them asks everyone to accept them again (now version { $version }).

## Problems with what was typed
alias-too-short = Your alias needs at least 2 characters.
alias-too-long = Your alias can be at most 32 characters.
alias-characters = Your alias can use letters, numbers, spaces, dots, dashes and apostrophes, and needs at least one letter or number.
alias-reserved = That alias is kept for the organisation. Please choose another.
alias-taken = That alias is already taken. Please choose another; adding a word or a number works well.
password-too-short = Your password needs at least 10 characters.
password-too-long = That password is too long. Please use fewer than 1,000 characters.
password-is-alias = Your password cannot be the same as your alias.
password-wrong = That password is not right.
email-invalid = That does not look like an email address. Please check it, or leave it empty.
pronouns-too-long = Pronouns can be at most 40 characters.
lived-experience-too-long = Please keep this to 600 characters.
language-unknown = Please choose a language from the list.
time-zone-unknown = We do not know that time zone. Please use a name such as Asia/Kolkata or America/New_York.
invalid-characters = That contains characters we cannot accept.
role-unknown = There is no such role.
role-cannot-revoke-self = You cannot remove your own coordinator role. Ask another coordinator.
org-name-invalid = The organisation needs a name of at most 80 characters.
country-invalid = Please use a two-letter country code such as IN, or leave it empty.
agreements-too-long = Please keep to 20 agreements of at most 300 characters each.
slug-invalid = Use 3 to 60 lower-case letters, numbers and single dashes.
format-unknown = Please choose online, in person or hybrid.
status-unknown = Please choose active, paused or archived.
audit-unknown = Unknown action.

## Error pages
error-title = Sorry, that did not work
error-title-ours = Something went wrong on our side
error-not-found = We cannot find that page. It may have moved, or the link may be incomplete.
error-forbidden = This page is not open to your account.
error-csrf = This form has expired or did not come from this site. Please go back, reload the page and try again.
error-bad-request = We could not understand that request.
error-form-malformed = We could not read that form. Please go back, reload the page and try again.
error-method = That action is not available here.
error-too-large = That was more than we can take in one go.
error-too-many = Let us pause for a moment: there have been many attempts. Please try again in a little while.
error-gone = This link has expired or has already been used. You can ask for a new one.
error-timeout = That took too long. Please try again.
error-unavailable = We cannot reach our database right now. Please try again in a few minutes.
error-internal = Please try again in a moment. If it keeps happening, let a coordinator know.
error-home-link = Go to the home page
error-circles-link = Find a circle

## Circles and meets
nav-my-meets = My meets
nav-facilitate = Facilitate
circles-search-label = Find a circle
circles-q = What is on your mind?
circles-q-hint = In your own words, for example "my mum has dementia and I am exhausted". What you type is not stored.
circles-filters = More ways to narrow down
circles-find = Show circles
circles-clear = Clear everything
circles-count = { $count ->
    [one] One circle.
   *[other] { $count } circles.
}
circles-no-match = We could not find a circle for those words yet; here are all the circles that fit your other choices.
circles-matches = Matches: { $reasons }
filter-any = Any
filter-anyone = Anyone
filter-day = Day
filter-time = Time of day
filter-city = City
filter-zone-hint = Days and times are in each circle's own time zone until we know yours.
fact-next = Next meet
fact-address = Address
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
time-night = Night
time-in-circle-zone = { $time } in the circle's time zone ({ $zone })
zone-show-in = Show times in
zone-show = Show
circle-meets = Coming meets
circle-no-meets = No meets are scheduled yet.
circle-join-once = Join once and a seat is kept for you at every meet. You can say "not this time" for any one of them.
circle-join-button = Join this circle
circle-you-joined = You have joined this circle: a seat is kept for you at every meet.
circle-leave = Leave this circle
circle-agreements-first = You will be asked to read and accept the agreements first.
circle-you-facilitate = You help run this circle: see it on your facilitator page.
circle-signin-to-rsvp = Sign in to say you are coming
circle-calendar = Add every meet to your calendar
circle-address-after-rsvp = Shown once you say you are coming.
circle-join-how = Say you are coming to a meet above, or join the circle to keep a seat every time.
meet-title = Meet
meet-live = Happening now
meet-moved = New time
meet-cancelled = Cancelled.
meet-closed = This meet is no longer taking RSVPs.
meet-you-have-a-seat = You have a seat
meet-you-are-waiting = You are on the waitlist
meet-not-this-time = Not this time
meet-cancel-place = Cancel my place
meet-leave-waitlist = Leave the waitlist
meet-rsvp = I will be there
meet-join-waitlist = Join the waitlist
meet-seats-left = { $count ->
    [one] One seat left
   *[other] { $count } seats left
}
meet-full = Full
meet-waiting = { $count ->
    [one] one person waiting
   *[other] { $count } people waiting
}
meet-minutes = { $count } minutes
meet-drop-in = Drop in as a guest
meet-guest = You are dropping in as { $alias }. Nothing about you is stored.
meet-calendar = Add to my calendar
meet-about-circle = About this circle
meet-run-heading = Cancel this meet
meet-cancel-note = A message for everyone who said they would come
meet-cancel-note-hint = For example: "I am unwell this week; see you next Tuesday."
meet-cancel-meet = Cancel this meet
meet-move = Move this meet
meet-move-submit = Move it
agreements-title = Our agreements
agreements-heading = Before you join: our agreements
agreements-lead = Everyone in the circle agrees to these. They keep the circle safe for all of us.
agreements-changed = The agreements have changed since you last accepted them. Please read them again.
agreements-accept = I agree
agreements-not-now = Not now
agreements-required = Please tick the box to agree to the circle's agreements.
drop-in-title = Drop in
drop-in-heading = Drop in as a guest
drop-in-lead = No account needed: choose a name for this meet only. Nothing about you is stored, and the pass ends when the meet does.
drop-in-alias-hint = Any name you like, for this meet only.
drop-in-agree = I agree to these agreements
drop-in-submit = Drop in
my-meets-title = My meets
my-meets-heading = My meets
my-meets-none = You have not said you are coming to any meets yet.
my-meets-standing = (you joined this circle)
my-meets-circles = Circles you have joined
my-meets-no-circles = You have not joined a circle yet.
facilitate-title = Facilitate
facilitate-heading = Your circles
facilitate-none = You are not facilitating any circles yet. A coordinator can add you to one.
facilitate-going = { $count } coming

done-rsvp-going = You have a seat. See you there.
done-rsvp-waitlisted = The meet is full, so you are on the waitlist. If a seat frees up, it is yours.
done-rsvp-closed = That meet is no longer taking RSVPs.
done-rsvp-cancelled = Done. Your place has been given up.
done-rsvp-nothing = There was nothing to cancel.
done-joined = You have joined. A seat is kept for you at every meet.
done-already-joined = You had already joined this circle.
done-closed = This circle is not taking new members right now.
done-left = You have left this circle. You are welcome back any time.
done-agreements-accepted = Thank you for accepting the agreements.
done-dropped-in = You are on the list for this meet as a guest.
done-meet-cancelled = The meet is cancelled; everyone who said they would come will see your message.
done-meet-moved = The meet has a new time.
done-circle-saved = The circle is saved.
done-facilitators-saved = The facilitators are saved.
done-meets-scheduled = The meets are scheduled.

## Coordinators: circles and schedules
admin-circles-title = Circles
circle-new-title = New circle
circle-edit-title = Edit circle
circle-create = Create the circle
circle-save = Save the circle
circle-view-page = See its page
circle-details = Details
field-circle-name = Name
field-slug = Web address
hint-slug = Lower-case letters, numbers and dashes, as in /circles/after-a-loss.
field-summary = One-line summary
hint-summary = Shown in the directory.
field-description = About this circle
field-how-it-works = How it works
hint-topics = Separated by commas, for example: grief, loss, bereavement.
field-audience = Reserved for
field-eligibility = Who it is for, in words
hint-eligibility = For example: "Adults who are grieving the death of someone close."
field-age-min = Youngest age
field-age-max = Oldest age
hint-city = Needed for in-person and hybrid circles.
field-area = Area or neighbourhood
hint-area = Everyone can see this; the street address can be kept for those who said they are coming.
field-address-after-rsvp = Show the street address only to people who said they are coming
field-capacity = Seats
hint-capacity = How many people a meet can hold, from 2 to 500.
field-status = Status
field-listed = Listed
field-listed-long = Listed in the directory (otherwise reachable by link only)
field-drop-in = Drop-in: guests may come with just an alias
field-circle-agreements = This circle's own agreements
hint-circle-agreements = One per line, on top of the organisation's. Changing them asks members to accept them again.
status-active = Active
status-paused = Taking a break
status-archived = Finished
yes = Yes
no = No
schedule-heading = Schedule
schedule-none = No meets are scheduled yet.
schedule-add = Schedule meets
schedule-zone = Dates and times are in the circle's time zone, { $zone }.
schedule-submit = Schedule
schedule-coming = Coming meets
field-first-date = Date of the first meet
hint-date = For example 2027-01-05.
field-time = Time
hint-time = 24-hour clock, for example 19:00.
field-new-date = New date
field-duration = Length in minutes
field-repeat = Repeats
repeat-once = Once
repeat-weekly = Every week
repeat-fortnightly = Every other week
repeat-monthly = Once a month, on the same weekday
field-month-week = Which one in the month (for monthly meets)
week-first = The first
week-second = The second
week-third = The third
week-fourth = The fourth
week-last = The last
field-end = Ends
end-never = Never
end-date = On a date
end-count = After a number of meets
field-until = Last date
field-count = Number of meets
series-once = Once, on { $date } at { $time }
series-weekly = Every { $day } at { $time }, from { $date }
series-fortnightly = Every other { $day } at { $time }, from { $date }
series-monthly = { $week ->
    [1] The first
    [2] The second
    [3] The third
    [4] The fourth
   *[other] The last
} { $day } of each month at { $time }, from { $date }
series-until = until { $date }
series-count = { $count ->
    [one] (one meet)
   *[other] ({ $count } meets)
}
facilitators-none = Nobody holds the facilitator role yet. Give it to someone from
facilitators-choose = Who facilitates this circle
facilitators-save = Save facilitators
audit-circle-created = Created a circle
audit-circle-updated = Changed a circle
audit-facilitators-changed = Changed a circle's facilitators
audit-meets-scheduled = Scheduled meets
audit-meet-cancelled = Cancelled a meet
audit-meet-moved = Moved a meet

required = Please fill this in.
text-too-long = That is longer than we can keep here.
topics-invalid = Please use at most 20 topics of at most 40 characters each.
age-invalid = Please use an age from 1 to 120, with the youngest no older than the oldest.
languages-required = Please choose at least one language.
city-required = In-person and hybrid circles need a city.
capacity-invalid = Please use a number of seats from 2 to 500.
slug-taken = Another circle already uses that web address.
repeat-unknown = Please choose how the meets repeat.
duration-invalid = Please use a length from 15 minutes to 8 hours.
monthly-week-mismatch = The first date must fall on that week of its month, for example the second Tuesday.
end-before-start = The last date cannot come before the first meet.
count-invalid = Please use a number of meets from 1 to 520.
date-invalid = Please use a date such as 2027-01-05.
time-invalid = Please use a time such as 19:00.
date-in-past = That time has already passed.
date-time-invalid = Please give a date and a time, such as 2027-01-05 and 19:00.
your-time = your time

## The live room
room-title = Live room
room-open = Open the room
room-end = End the meet for everyone
room-back-to-meet = Back to the meet
room-not-allowed = This room is open to the circle's facilitators and to people with a seat at this meet (or, for drop-in circles, anyone who drops in). If you have a seat, sign in first.
room-not-open = The room is not open yet. This page will update by itself when the facilitator opens it.
room-not-open-facilitator = The room is not open yet. Open it when you are ready to welcome people.
room-waiting-hint = You do not need to do anything; make yourself comfortable.
room-meet-cancelled = This meet was cancelled.
room-meet-ended = This meet has ended. Thank you for being part of it.
room-meet-over = This meet is over or cancelled.
room-needs-script = The live room needs JavaScript to send and receive messages. Everything else on the site works without it.
room-connecting = Connecting to the room…
room-connected = You are in the room.
room-reconnecting = The connection dropped; reconnecting. You will keep your place.
room-paused-banner = The facilitator has paused the room for a moment. Take a breath; we will carry on soon.
room-ended = The meet has ended. What was said here is not kept. Take care of yourself.
room-removed = A facilitator has asked you to leave this meet. You are welcome to come to future meets, or to talk with a coordinator.
room-pinned = Pinned by the facilitator
room-messages = Conversation
room-message-label = Your message
room-message-hint = Speak from your own experience. Nothing said here is stored.
room-add-cw = Add a content warning
room-cw-label = Topic of the content warning
room-send = Send
room-you-heading = You
room-raise-hand = Raise hand
room-step-away = Step away
room-leave = Leave
room-people = Who is here
room-queue = Raised hands
room-nobody-waiting = No hands raised.
room-tools = Facilitator tools
room-pause = Pause the room
room-resume = Resume
room-call-next = Give the floor to the next hand
room-round-kind = Round
room-guide-minutes = Gentle time guide per share, in minutes (0 for none)
room-start-round = Start the round
room-next-turn = Pass the piece on
room-stop-round = End the round
room-pin-label = Text to pin (the agreements or a short guide)
room-pin = Pin
room-unpin = Unpin
room-person-tools = One person
room-person = Person
room-nudge-label = A gentle private word
room-nudge-default = A gentle reminder: let's keep to our own experience.
room-nudge = Send privately
room-mute-minutes = Mute for (minutes)
room-mute = Mute
room-unmute = Unmute
room-remove-reason = Reason (they will see it; no message text is kept)
room-remove = Remove from this meet
room-notes = Facilitators only
room-note-label = A note for the other facilitators
room-note-send = Send to facilitators
room-mood-legend = How are you, from 1 (very low) to 5 (very good)?
room-mood-word = One word, if you like
room-mood-send = Share my check-in
room-done = I have finished sharing
room-pass = Pass
room-you = you
room-facilitator = facilitator
room-guest = guest
room-here = here
room-away = stepped away
room-not-here = not connected
room-hand-raised = hand raised
room-cw = CW: {$topic}
room-cw-show = Show or hide the message
room-react-nod = Nod
room-react-hear-you = I hear you
room-react-me-too = Me too
room-react-heart = ♥ Heart
room-react-to = Respond to {$alias} without words
room-new-message = New message
room-new-messages = {$count} new messages, from {$people}
room-minutes-left = {$count} minutes left
room-over-time = The meet is over its planned time.
room-turn-of = {$alias} holds the talking piece.
room-your-turn = It is your turn to share, or to pass. There is no rush.
room-time-guide = A gentle guide: about {$minutes} minutes each. Nobody is cut off.
room-round-check-in = Check-in round
room-round-talking-piece = Talking-piece round
room-round-check-out = Check-out round
room-passed = {$alias} passed.
room-shared = {$alias} shared.
room-mood = {$alias}: {$mood} {$word}
room-nudge-title = From a facilitator, just to you:
room-muted-until = A facilitator has muted you until {$time}. You can still read and respond without words.
room-unmuted = You can write again.
room-floor = {$alias} has the floor.
room-note-from = {$alias}: {$text}
room-dismiss = Dismiss
room-error-malformed = That could not be read. Please try again.
room-error-unknown = That action is not known here.
room-error-slow-down = Let's slow down a little; try again in a moment.
room-error-paused = The room is paused; you can write again when it resumes.
room-error-muted = You are muted for now; you can still respond without words.
room-error-not-your-turn = It is someone else's turn to share; responses without words are welcome.
room-error-too-long = That is longer than a message can be (2,000 characters).
room-error-empty = Write something first.
room-error-other = That could not be done.
room-error-too-slow = Your connection fell behind; reconnecting.
done-meet-ended = The meet has ended.
