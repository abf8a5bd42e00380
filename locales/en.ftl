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
footer-not-crisis = { $org } is not a crisis service. If you or someone else is in danger right now, call your local emergency number.
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
hint-time-zone = So meet times show in your own time. Start typing your city or country and choose from the list, for example Kolkata (India) or London (UK).
hint-profile-country = Optional. Start typing its name and choose from the list, so the helplines you see first are ones near you.
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

    Someone asked to reset the password for your account with { $org }. If it was you, open this link within one hour to choose a new password:

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
hint-country = Start typing its name and choose from the list; used to suggest local helplines.
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
time-zone-unknown = We could not find that time zone. Start typing your city or country and choose one from the list, such as Kolkata (India).
invalid-characters = That contains characters we cannot accept.
role-unknown = There is no such role.
role-cannot-revoke-self = You cannot remove your own coordinator role. Ask another coordinator.
org-name-invalid = The organisation needs a name of at most 80 characters.
country-invalid = We could not find that country. Start typing its name and choose it from the list, or leave it empty.
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
field-circle-name = Circle name
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
room-over-time = The meet is over its planned time.
room-turn-of = {$alias} holds the talking piece.
room-your-turn = It is your turn to share, or to pass. There is no rush.
room-time-guide = A gentle guide: about {$minutes} minutes each. Nobody is cut off.
room-round-check-in = Check-in round
room-round-talking-piece = Talking-piece round
room-round-check-out = Check-out round
room-passed = {$alias} passed.
room-shared = {$alias} shared.
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
meet-enter-room = Enter the live room
meet-go-to-room = Go to the room
room-check-again = Check now

## The safety net
nav-help = Help now
footer-helplines = Helplines near you
help-title = Help now
help-heading = Help, right now
help-lead = If things feel like too much, you do not have to wait for a meet. These lines are free, confidential and staffed by people who want to hear from you.
help-emergency = If you or someone else is in immediate danger, call your local emergency number now.
help-choose-region = Choose your region to see its helplines.
help-none-for-region = We do not have helplines for this region yet. Your local emergency number is always there.
help-for-region = Helplines in {$region}
help-chat = Chat online
help-website = Website
help-unverified = not yet verified
help-sources = Each entry was taken from its service's own pages or a reliable source, with the date it was last checked. Entries marked "not yet verified" could not be confirmed; check before relying on them.
care-heading = You matter, and help is here now
care-crisis = What you wrote sounds really hard. You are welcome to stay in the room. If you would like to talk to someone right now, these lines are free and confidential. A facilitator may also check in with you privately.
care-asked = The facilitators know you asked, and one of them will check in with you privately. Only they can see it. If you would like to talk to someone right now, these lines are there too.
care-other-region = Helplines in another region
care-stay = Nothing about this stops you from taking part. Stay as long as you like.
care-close = Close
room-not-okay = I'm not okay
room-not-okay-hint = Privately asks a facilitator to check in with you. Nobody else sees it. Words are optional.
room-not-okay-words = Anything you want them to know (optional)
room-not-okay-send = Ask for a check-in
room-not-okay-sent = The facilitators know.
room-report-heading = Tell a facilitator
room-report-reason = What happened (optional)
room-report-send = Send to the facilitators
room-report-cancel = Cancel
room-report = Report
room-report-message = Report the message from {$alias}
room-report-person = Report {$alias}
room-reported = Your report went to the facilitators, privately. You will be told when one of them has seen it.
room-report-seen = A facilitator has seen your report.
room-report-from = Report from {$from} about {$about}
room-report-seen-button = Seen
room-block = Block
room-unblock = Unblock
room-blocked = You will not see messages from {$alias} for the rest of this meet.
room-unblocked = You will see messages from {$alias} again.
room-reminder-title = A gentle reminder, just to you:
room-reminder-advice = In this circle we share, not fix. Your message went out as you wrote it; next time you might try "what helped me was…" or "when that happened to me…".
room-held-back-contact = Your message was not sent: this circle is for young people, so phone numbers, emails, social handles and invitations to talk elsewhere are kept out of the room, to keep everyone safe. A facilitator has been told. Everything else you want to say is welcome.
room-error-nothing-to-report = Choose a message or a person to report.
room-alerts-follow-up = Follow up alerts after the meet
room-alert-crisis = {$alias} may need a check-in ({$level})
room-alert-asked = {$alias} asked for a check-in
room-alert-contact-held = Contact details from {$alias} were held back
room-alert-said = They said: {$words}
room-alert-show-message = Show the message
room-alert-level-passive = wishing not to be alive
room-alert-level-active = thoughts of ending their life
room-alert-level-method = a method or plan
room-alert-level-self-harm = self-harm
room-alert-level-farewell = a goodbye that sounds final
alerts-title = Safety alerts
alerts-lead = Who may have needed a check-in, from the circles you run. No words are kept; only who, when and how serious. Mark each one followed up and say what you did.
alerts-protocol = What to do
alerts-none = No alerts. When the room notices crisis language, or someone asks for a check-in or reports something, it appears here.
alerts-what-did-you-do = What did you do?
alerts-mark-followed-up = Mark followed up
alert-followed-up-by = Followed up by {$by}: {$action} ({$when})
alert-kind-crisis = crisis language
alert-kind-asked = asked for a check-in
alert-kind-contact-held = contact details held back
alert-kind-report = reported by {$by}
alert-level-passive = crisis language: wishing not to be alive
alert-level-active = crisis language: thoughts of ending their life
alert-level-method = crisis language: a method or plan
alert-level-self-harm = crisis language: self-harm
alert-level-farewell = crisis language: a goodbye that sounds final
alert-action-checked-in = checked in privately
alert-action-shared-resources = shared resources
alert-action-called-backup = called for backup
alert-action-no-action-needed = no action needed
alert-action-other = something else
alert-action-invalid = Choose what you did.
done-alert-followed-up = The alert is marked followed up.
helplines-title = Helplines
helplines-lead = Your organisation's own helplines appear first on the help page and in the room's card, beside the ones shipped with Holdspace.
helplines-see-all = See the help page
helplines-add = Add a helpline
helplines-save = Save
helpline-field-name = Name
helpline-field-phone = Phone
helpline-field-sms = Text (SMS)
helpline-field-chat = Chat link
helpline-field-website = Website
helpline-field-hours = Hours
helpline-field-audience = Who it is for
helpline-field-languages = Languages
helpline-field-description = Description
helpline-name-missing = Give the helpline a name.
helpline-contact-missing = Give a phone number, a text number, a chat link or a website.
helpline-link-invalid = Links start with https:// or http://.
done-helpline-saved = The helpline is saved.
done-helpline-deleted = The helpline is deleted.
field-safety-protocol = Safety protocol for facilitators
hint-safety-protocol = One step per line. Facilitators see it with every alert.
field-advice-nudge = Remind people of "share, don't fix"
field-advice-nudge-hint = When a message reads as advice, the writer alone gets a kind reminder. The message is never held back.

# Room lifecycle: a room closing itself, a server stopping.
room-closing-minutes = This room will close in {$minutes} minutes. Thank you for being here.
room-closing-minute = This room will close in a minute. Thank you for being here.
room-server-stopping = The server is restarting just now. Please open the room again in a minute.

## Accounts, sign-in and passwords (trust fixes)
password-like-alias = Your password cannot be your alias with numbers or symbols added: someone who knows your alias would try that first.
password-too-common = That password is one of the most common ones, so it is among the first a stranger would try. A few words only you would put together work well.
password-pattern = That password is a simple pattern (a repeat or a run such as 1234567890), which is easy to guess. A few words only you would put together work well.
alias-resembles = That alias looks very like someone else's, so people could mistake one of you for the other. Please choose another; adding a word works well.

# Rooms: who a guest is, flood control
drop-in-alias-taken = Someone at this meet already goes by that name, or one very like it. Please choose another name, so nobody is mistaken for anyone else.
room-error-alias-taken = Someone here already goes by a name very like yours. Please drop in again with another name, so nobody is mistaken for anyone else.
room-choose-another-name = Choose another name
room-error-too-many-connections = You are already in this room in other windows or devices. Close one of them, then reload this page to come in here.

## Trust fixes: authority, redirects, public addresses (issue 13)
facilitators-stale = These people are still assigned to this circle but no longer hold the facilitator role, so they cannot run it. Clear the assignments to keep the list honest; the facilitators ticked below stay.
facilitators-stale-clear = Clear these assignments

## The live room: keyboard, alerts, care card, tools, time (issue 14)
room-skip-to-message = Skip to the message box
room-message-keys = Enter sends. Shift and Enter start a new line.
room-message-nav = Use the left and right arrow keys to respond or report, and up and down to move between messages.
room-alert-check-in = Check in privately
room-alert-dismiss = Dismiss
room-alert-reply-label = Your private word (only they will see it)
room-alert-tab-title = ⚠ {$alias} may need you
room-alert-tab-report = ⚠ A report for the facilitators
room-alert-flag = Alert
room-alert-more = Alerts waiting after this one: {$count}
room-alert-reply-sent = Sent privately to {$alias}.
room-care-words = Words you could start from
room-care-word-noticed = I noticed your message — I'm here. Would you like to talk with me privately?
room-care-word-how = Thank you for sharing that. How are you doing right now?
room-care-word-here = I'm here with you. There is no rush to reply.
room-care-word-own-experience = Just a gentle thought: in this circle we speak from our own experience.
room-care-hours = Open {$hours}
room-care-languages = In {$languages}
room-care-close = Close this card; you can find these lines again under Help now
room-tools-room = The room
room-tools-rounds = Rounds
room-tools-pin = Pin a guide
room-tools-end = End the meet
room-remove-confirm = Remove {$alias} from this meet? They will see your reason and cannot come back to this meet.
room-remove-yes = Yes, remove them
room-confirm-cancel = Cancel
room-leave-confirm = Leave the room? You can come back while it is open.
room-leave-yes = Yes, leave
room-leave-stay = Stay
room-person-actions = What you can do about {$alias}
room-starts = The meet starts {$when}.
room-ends = The meet ends {$when}.

## The crisis moment: helplines, the care card, crisis records (issue 14)
help-change-region = Choose your region
help-not-here = Not in {$region}?
help-change-region-link = Choose another region
help-call-number = Call {$number}
help-text-number = Text {$number}
help-text-keyword = Text {$keyword} to {$number}
help-hours = Open: {$hours}
help-languages = Languages: {$languages}
help-audience-for = For {$who}
help-audience-including = For everyone, including {$who}
help-source = Source:
help-checked = last checked {$date}
helpline-audience-lgbtqia = LGBTQIA+ people
helpline-audience-trans = trans people
helpline-audience-youth = young people
helpline-audience-children = children
helpline-audience-women = women
helpline-audience-veterans = veterans
# Languages by name, as the reader says them (helplines and circles).
language-of-en = English
language-of-hi = Hindi
language-of-es = Spanish
language-of-fr = French
language-of-as = Assamese
language-of-bn = Bengali
language-of-gu = Gujarati
language-of-kn = Kannada
language-of-ml = Malayalam
language-of-mr = Marathi
language-of-or = Odia
language-of-pa = Punjabi
language-of-ta = Tamil
language-of-te = Telugu
language-of-ur = Urdu
field-alert-retention = Keep safety alerts for (days)
hint-alert-retention = Alerts and reports say who may have needed a check-in, never their words. They are deleted for good after this many days; 90 unless you choose otherwise.
alert-retention-invalid = Please give a whole number of days from 1 to 3650.
own-alerts-heading = Safety alerts about you
own-alerts-lead = When the room thought you might be going through a hard moment, your facilitator was told privately, so they could check in. These notes hold no words you wrote, and are deleted after {$days} days.
own-alerts-none = There are none.
own-alert-crisis = Something you wrote sounded like you were going through a very hard time.
own-alert-asked = You pressed "I'm not okay" and asked for a check-in.
own-alert-contact-held = Contact details you wrote were held back, as this circle is for young people.
own-alert-report = Someone in the circle was worried about you and told the facilitators.
own-alert-followed-up = a facilitator followed up

## The way in: signing in, finding a circle, dropping in, times, calendars, recovery codes, waitlists (issue 14)
wayin-now-heading = Happening now
wayin-next-heading = Your next meet
wayin-next-room-opens = The room opens when the facilitator starts the meet. Come back here then.
wayin-later-heading = Later
wayin-home-search-label = What is on your mind?
wayin-home-search-hint = A few words are enough, such as "lost my dad" or "caring for my mum". We show circles that may fit.
wayin-home-search-submit = Find circles
wayin-zone-time = { $place } time
wayin-zone-utc = UTC
wayin-time-for-circle = { $time } { $zone } for the circle
wayin-discreet-title = Holdspace meet
wayin-discreet-calendar = Holdspace meets
wayin-calendar-discreet = Add with a discreet title
wayin-calendar-discreet-hint = A discreet title shows only "Holdspace meet" on your calendar and lock screen, never the circle's name.
wayin-codes-download = Download as a text file
wayin-codes-copy = Copy the codes
wayin-codes-print = Print
wayin-codes-copied = Copied. Paste them somewhere only you can see.
wayin-codes-copy-failed = Your browser did not let us copy. Select the codes and copy them, or download them instead.
wayin-waitlist-place = { $place ->
    [1] You are next for a seat.
   *[other] You are number { $place } in line for a seat.
}
wayin-narrow-link = Narrow down by topic, language, day or place
wayin-narrow-submit = Show circles that fit
wayin-home-browse = Or browse every circle

## Crisis records and the room: check-in numbers, ending the meet, alerts in the tools, helpline hours (issue 14)
field-mood-numbers = Who sees the numbers in check-ins
field-mood-numbers-hint = In check-in rounds people may give a number from 1 (very low) to 5 (very good) and a word. Everyone sees the word; a number can say a lot about how someone is.
field-mood-numbers-facilitators = Only the facilitators (each person also sees their own)
field-mood-numbers-everyone = Everyone in the room
mood-numbers-unknown = Please choose who sees the numbers in check-ins.
room-mood-number = {$alias}: {$mood}/5
room-mood-number-word = {$alias}: {$mood}/5, “{$word}”
room-mood-shared = {$alias} checked in.
room-mood-shared-word = {$alias} checked in: “{$word}”
room-mood-who-facilitators = Only the facilitators see your number. Everyone sees your word.
room-mood-who-everyone = Everyone here sees your number and your word.
room-alerts-count = Alerts ({$count})
room-alerts-none = No alerts in this meet so far.
room-end-confirm = End the meet for everyone? The conversation is wiped and everyone leaves the room. This cannot be undone.
room-end-yes = Yes, end the meet
hours-always = any time, day or night
hours-every-day = every day
hours-days-run = {$first}–{$last}
hours-span = {$days} {$from} – {$to} {$zone}
hours-span-local = {$days} {$from} – {$to}, your local time
hours-midnight = midnight
hours-day-mon = Mon
hours-day-tue = Tue
hours-day-wed = Wed
hours-day-thu = Thu
hours-day-fri = Fri
hours-day-sat = Sat
hours-day-sun = Sun
hours-open-now = Open now
hours-opens-today = Closed now; opens today at {$time}
hours-opens-tomorrow = Closed now; opens tomorrow at {$time}
hours-opens-day = Closed now; opens {$day} at {$time}

## The way in, continued: moved up from the waitlist, what a search matched, countries and time zones by name (issue 14)
wayin-match-quoted = “{ $words }”
wayin-match-said = “{ $said }” → { $found }
time-zone-which = That country has more than one time zone. Start typing your city and choose it from the list, such as New York (US).
wayin-hint-circle-time-zone = Where the circle meets, or the place its people mostly live. Start typing a city or country and choose from the list.
wayin-help-other-country = Somewhere else? Type your country
wayin-help-show = Show its helplines

## Coordinator forms, listing and the organisation's name (issue 14)
form-problem = { $label }: { $problem }
coord-section-about = About the circle
coord-section-who = Who it is for
coord-section-where = When and where it meets
coord-section-safety = Safety and agreements
coord-section-visibility = Visibility
coord-hint-circle-name = As people will see it, for example "After a loss".
coord-hint-description = What happens in the circle and who it may help, in a few plain sentences. This helps people decide whether it is for them.
coord-hint-how-it-works = How a meet goes, for example: a check-in round, time to share, a check-out.
coord-hint-audience = Tick only if the circle is reserved for these people. Leave them all empty for a circle open to everyone.
coord-hint-age = Leave empty for no limit.
coord-in-person-lead = For circles that meet in person or both ways:
coord-hint-listed = Listed circles appear in the directory and search once someone facilitates them. Unlisted circles are reached only by their link.
coord-hint-drop-in = Guests do not need an account, and nothing about them is kept after the meet.
coord-hint-status = Taking a break keeps the circle's page with a note. Finished keeps the page but shows no meets.
coord-field-languages = Languages spoken
coord-field-format = How it meets
coord-section-organisation = Your organisation
coord-hint-org-name = Shown at the top of every page, in page titles and in the footer.
coord-listing-listed = Listed: people can find this circle in the directory and search.
coord-listing-waiting = Not listed yet. People will find this circle in the directory and search once someone facilitates it; until then only people with its link can reach it.
coord-listing-waiting-short = Not yet: needs a facilitator
coord-listing-add-facilitator = Add a facilitator to list this circle
coord-listing-unlisted = Unlisted: only people with its link can reach this circle.
helplines-change = Change helpline
helplines-change-link = Change
helplines-remove = Remove
helplines-remove-confirm = It will no longer be offered on the help page or in rooms.
helplines-remove-yes = Yes, remove { $name }
helplines-yours = Your organisation's lines
helplines-none = You have not added any lines yet. Lines shipped with Holdspace are still offered.
helplines-add-submit = Add the helpline
helplines-section-line = The line
helplines-section-reach = How people reach it
helplines-reach-hint = Give at least one way to reach the line.
helpline-hint-description = One line about what it offers, for example "Listening support for carers, in confidence".
helpline-hint-audience = Separated by commas, for example: lgbtqia, youth, women. Leave empty for a line for everyone.
helpline-hint-languages = Language codes separated by commas, for example: en, hi.
helpline-hint-phone = As people would dial it, for example 0800 123 4567.
helpline-hint-sms = The number to text, or for example "Text HOME to 85258" when a word must be sent.
helpline-hint-link = Starts with https://
helpline-hint-hours = For example: every day, 8pm to 2am.
helplines-change-named = Change { $name }
helpline-country-invalid = Please choose the country where the line answers from the list, such as India or the UK.
alerts-open-heading = To follow up
alerts-open-none = Every alert has been followed up. Thank you.
alerts-done-heading = Followed up
alerts-order = The most serious first, then the newest.
alerts-guest = Guest
alerts-member = Member
alerts-meet-of = the meet of { $when }
coord-footer-runs-on = Runs on Holdspace
coord-back = Back

## Voice meets (calls beside the text room)
field-call-format = How online meets are held
hint-call-format = The text room is always there. With voice or video, people can also join a call; nobody has to, nobody is asked to turn a camera on, and nothing is recorded.
hint-call-format-no-media = Voice and video need a media server, and this site does not have one yet, so meets are text only. Whoever runs the site can add one (see "Voice and video meets" in the README).
call-format-text = Text only
call-format-voice = Voice and text
call-format-unknown = Please choose text only, voice and text, or video and text.
call-needs-media-server = Voice and video need a media server, and this site does not have one yet. Please choose text only for now.
call-heading = Voice call
call-intro = You are in the room with your microphone off. Joining the call is your choice: you can stay with text the whole time.
call-join = Join the call…
call-check-heading = Before you join
call-microphone = Microphone
call-level = Your microphone's level
call-level-hint = Say something: the bar moves when your microphone hears you.
call-test-tone = Play a test sound
call-start-muted = Join with my microphone muted
call-join-now = Join now
call-cancel = Not now
call-mute = Mute my microphone
call-unmute = Unmute my microphone
call-leave = Leave the call
call-shortcut = Alt and M mute or unmute your microphone.
call-joining = Joining the call…
call-in-call-muted = You are in the call. Your microphone is muted.
call-in-call-live = You are in the call. Others can hear you.
call-listening = You are in the call, listening. We could not use a microphone.
call-left = You left the call. You are still in the room.
call-ended = The call has ended. You are still in the room while it is open.
call-unavailable = The call cannot be reached just now. The room still works; please try again in a moment.
call-no-microphone = We could not use a microphone, so you can join to listen. (Your browser may be set not to let this site use it.)
call-muted-by-facilitator = A facilitator has muted your microphone for now. You can unmute when they allow it.
call-allowed-again = A facilitator has allowed you to unmute again.
call-speaking = speaking
call-muted-badge = microphone muted by a facilitator
call-people-heading = Mute someone's microphone
call-mute-person = Mute { $alias }'s microphone
call-allow-person = Allow { $alias } to unmute
call-nobody = Nobody else is in the room yet.
call-not-in-room = Please wait until you are connected to the room, then join the call.

## Reminders and notices (issue 16): the notices list, choices, emails, unsubscribing
nav-unread = { $count ->
    [one] new notice
   *[other] new notices
}
notices-new-heading = New for you
notices-earlier-heading = Notices
notices-none = Nothing yet. Reminders and news from your circles will appear here.
notices-see = See it
notices-choose-link = Choose how you hear from us
notice-day-before = Reminder: { $circle } meets on { $when }.
notice-hour-before = Reminder: { $circle } starts within the hour, at { $when }.
notice-cancelled = The meet of { $circle } on { $when } is cancelled.
notice-moved = The meet of { $circle } has a new time: { $when }.
notice-paused = A break: { $circle } is not meeting for now, so its meets are on hold.
notice-your-circle = your circle
notice-seat = Good news: a seat opened at { $circle } on { $when }, and it is yours now. If you can no longer come, cancel it and it goes to the next person waiting.
notice-announcement = A message from the facilitators of { $circle }:
notices-kind-reminder = Reminders
notices-kind-change = Changes
notices-kind-waitlist = Waitlist
notices-kind-announcement = Circle announcements
notices-hint-reminder = A day and an hour before each meet you have a seat at.
notices-hint-change = When a meet you are coming to is cancelled or moved, or a circle takes a break.
notices-hint-waitlist = When a seat opens for you.
notices-hint-announcement = Messages from a circle’s facilitators, such as “running 10 minutes late”.
notices-choose-heading = How we tell you things
notices-choose-lead = For each kind of notice, choose how you hear about it. Email is only ever sent if you choose it.
notices-channel-off = Not at all
notices-channel-app = On “My meets” only
notices-channel-email = On “My meets” and by email
notices-names-circle = Name the circle in email subjects
notices-names-circle-hint = Off unless you tick it, so a shared inbox or a phone’s lock screen shows only “A reminder about your meet”, never which circle.
notices-save = Save these choices
notices-email-needs-address = To get notices by email, add an email address to your profile first.
notice-kind-unknown = That is not a kind of notice we send.
notice-event-unknown = That is not a notice we know.
notice-channel-unknown = Choose “not at all”, “on My meets only” or “by email”.
notices-announcement-empty = Write the message you would like to send.
notices-announce-summary = Send a message to the circle
notices-no-email-here = This organisation does not send email, so notices appear on “My meets” when you sign in.
notices-announce-label = Your message
notices-announce-hint = For example “Running 10 minutes late” or “New venue from next week”. Everyone who joined or is coming to a meet sees it on “My meets”, and by email if they chose that.
notices-announce-send = Send to the circle
notices-calendar-feed-hint = Subscribe to this calendar (rather than downloading it once) and your calendar stays up to date: a meet that moves or is cancelled changes there too.
done-notices-saved = Your choices are saved.
done-announced = Your message is on its way to everyone in the circle.
notice-subject-reminder = A reminder about your meet
notice-subject-reminder-named = Reminder: { $circle }
notice-subject-change = A change to a meet
notice-subject-change-named = A change to { $circle }
notice-subject-waitlist = A seat is yours
notice-subject-waitlist-named = A seat is yours at { $circle }
notice-subject-announcement = A message from your circle
notice-subject-announcement-named = A message from { $circle }
notice-email-note = “{ $note }”
notice-email-room = Join the room: { $link }
notice-email-address = Where: { $address }
notice-email-more = More about it: { $link }
notice-email-why = You get these emails because you chose email for “{ $kind }”. Change that: { $link }
notice-email-stop = Stop these emails: { $link }
unsubscribe-title = Stop emails
unsubscribe-heading = Stop these emails
unsubscribe-lead = Stop emails about “{ $kind }”? You will still see them on “My meets” when you sign in.
unsubscribe-button = Stop these emails
unsubscribe-done = Done. We will not email you about “{ $kind }” any more; they stay on “My meets”.
unsubscribe-account = You can choose how you hear about everything on your account page.
unsubscribe-account-link = Your choices

## Anonymous feedback and the impact report (issue 16)
feedback-title = How was the meet?
feedback-heading = How was the meet for you?
feedback-skip-any = Answer as much or as little as you like; every question can be skipped.
feedback-send = Send my answers
feedback-word = One word for how you are leaving (optional)
feedback-word-hint = A word or two, letters only: for example "lighter" or "tired".
feedback-private-heading = Your answers are not linked to you
feedback-private = Your answers are kept without your name or alias and with only the day, not the time; a separate note says only that you have answered, so you are asked once.
feedback-not-over = Feedback opens once the meet has ended.
feedback-not-there = This form is for the people who were at this meet.
feedback-too-late = Feedback for this meet has closed: it stays open for two weeks after a meet.
feedback-thanks = Thank you. Your answers are in, with nothing that links them to you.
feedback-to-my-meets = Back to My meets
feedback-q-feel = How do you feel compared to before the meet?
feedback-q-feel-worse = Worse
feedback-q-feel-same = About the same
feedback-q-feel-better = Better
feedback-q-heard = Did you feel heard?
feedback-q-heard-yes = Yes
feedback-q-heard-partly = Partly
feedback-q-heard-no = No
feedback-unknown-choice = Choose one of the answers offered.
feedback-nothing-chosen = Choose an answer to at least one question, or add a word.
feedback-word-too-long = Keep it to a word or two (30 characters at most).
feedback-word-letters = Use letters only, three words at most: no numbers, addresses or links.
feedback-question-empty = Write the question on the first line.
feedback-question-choices = Give each question two to five different answers, one per line under it.
feedback-too-many-questions = Ask three questions at most.
feedback-question-twice = Ask each question once.
feedback-questions-title = Feedback questions
feedback-questions-intro = After each meet, the people who were there may answer these questions anonymously. Leave every box empty to ask ours: how people feel compared to before (worse, about the same, better) and whether they felt heard (yes, partly, no).
feedback-questions-field = Question {$n}
feedback-questions-hint = The question on the first line, then each answer on a line of its own (two to five).
feedback-questions-word = Let people add a word of their own
feedback-due-heading = How were these meets?
feedback-due-intro = You were at these meets. If you like, say how they were for you; nobody can tell the answers are yours.
feedback-due-link = Give feedback on { $circle }, { $when }
room-feedback-link = How was it for you? Give anonymous feedback
report-title = Impact report
report-heading = Impact report
report-intro = Meets, the people who came, what they said in feedback and safety alerts: counts only, never names.
report-month-field = Month
report-circle-field = Circle
report-show = Show
report-csv = Download CSV
report-print = Printable summary
report-back = Back to the full report
report-suppression = Any figure under 5 shows as "fewer than 5" and is left out of every total, so no one can be picked out; a total that leaves some out says "at least".
report-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
report-all-circles = All circles
report-your-circles = Your circles
report-circle = Circle
report-meets-heading = Meets and people in { $month }
report-people-caption = Meets and people: { $scope }, { $month }
report-held = Meets held
report-cancelled = Cancelled
report-attendance = Attendance
report-average = Average per meet
report-people = People
report-came-back = Came more than once
report-new = New people
report-returning = { $n } ({ $rate }%)
report-not-shown = not shown
report-no-meets = no meets
report-fewer-than-5 = fewer than 5
report-each-fewer-than-5 = fewer than 5 in each
report-at-least = at least { $n }
report-attendance-heading = Attendance, month by month
report-chart-attendance = Attendance over six months: { $scope }
report-feedback-heading = Feedback
report-chart-feedback = { $question } ({ $scope })
report-answers = Answers
report-words = Words people chose
report-words-hint = From circles with five answers or more that month.
report-alerts = Safety alerts
report-alerts-caption = Safety alerts by kind (counts only)
report-no-alerts = No safety alerts this month.
report-alert-crisis = crisis language
report-alert-asked = asked for a check-in
report-alert-contact-held = contact details held back
report-alert-report = reported in the room
report-summary-title = Impact summary
report-summary-heading = { $org }: { $month }
report-summary-print-hint = Print this page, or save it as a PDF, from your browser's menu; it fits on one page.

## In-person meets: venue details, counting in, the facilitator's sheet
venue-heading = Getting there
venue-form-lead = What the venue is like, so people can decide before they come. Choose "Not known" rather than guess.
venue-step-free = Step-free way in
venue-hearing-loop = Hearing loop
venue-quiet-room = A quiet room to step away to
venue-toilets = Gender-neutral toilets
venue-transport = Nearest transport
venue-transport-hint = A few words, for example "Bus 24 stops outside; Kentish Town West, 5 minutes' walk".
venue-door = Finding the door
venue-door-hint = What the way in looks like, for example "The green side door with a ramp; ring the bell marked Hall".
venue-answer-yes = Yes
venue-answer-no = No
venue-answer-unknown = Not known
venue-answer-unknown-choice = Please choose yes, no or not known.
venue-at-title = At the venue
venue-at-heading = At the venue
venue-count-in-heading = Count people in
venue-count-in-lead = Show this code at the door or pass it round. People scan it with their phone camera and tap "I'm here"; nobody is asked who they are, and only the number is kept. If you would rather count the room yourself, type the number below.
venue-qr-caption = QR code that opens the check-in page:
venue-count-checked-in = { $count ->
    [0] Nobody has counted themselves in yet.
    [one] 1 person has counted themselves in.
   *[other] { $count } people have counted themselves in.
}
venue-count-headcount = Your headcount of { $headcount } stands ({ $checked } counted themselves in).
venue-headcount = Your headcount
venue-headcount-hint = How many were in the room, including you. It replaces the check-ins; leave it empty to use them.
venue-headcount-save = Save the headcount
headcount-invalid = Please type a whole number from 0 to 1000, or leave it empty.
done-headcount-saved = The headcount is saved.
venue-here-title = I'm here
venue-here-heading = Welcome
venue-here-lead = Tap the button so the circle knows how many are here. That is all.
venue-here-button = I'm here
venue-here-nothing-kept = We do not ask who you are. Only the number of people is kept.
venue-here-thanks = Thank you
venue-here-counted = You are counted in. You can close this page now.
venue-at-link = At the venue: count people in, print the evening's sheet
venue-sheet-heading = For the evening
venue-sheet-link = The evening's sheet to print: agreements, rounds, safety and helplines
sheet-title = The evening's sheet
sheet-print-hint = Print this page from your browser's menu. It names nobody who comes.
sheet-rounds = Rounds
sheet-check-in = Your name for tonight, and a word (or a number from 1 to 5) for how you are arriving. Anyone may pass.
sheet-talking-piece = Whoever holds the piece speaks from their own experience; everyone else listens. Passing is always fine.
sheet-check-out = One word, or one thing you are taking with you. Anyone may pass.
sheet-safety = If someone may be in crisis
sheet-helplines = Helplines in { $country }
sheet-no-helplines = No helplines are known for this circle's country yet. Your coordinator can add them.
sheet-qr-caption = Scan to count yourself in. No name is asked.

## External meeting link (a circle that meets on an outside tool for now)
external-link-heading = Meeting on another tool
external-link-lead = If your organisation must keep using another video or phone tool for now, give its meeting link here. People with a seat, and the circle's facilitators, see it on the meet's page and on "My meets" from { $minutes } minutes before each meet until it ends. It never appears on public pages, in calendar files, in the API or in emails. Leave it empty to meet in Holdspace's own room.
external-link-field = Meeting link
external-link-hint = It must start with https://, for example https://meet.example.org/abc-defg-hij
external-link-save = Save the meeting link
external-link-invalid = This does not look like a meeting link. Copy the whole link from the tool, starting with https://, with no spaces.
external-link-https = Please give a link that starts with https://, so the way in is encrypted.
done-external-link-saved = The meeting link is saved.
external-link-meets-elsewhere = This circle meets on another tool for now, not in Holdspace's room. People with a seat see the link to join here from { $minutes } minutes before each meet.
external-link-join = Join the meet on { $host }
external-link-outside-hint = This opens another service, outside Holdspace: its own privacy terms apply there.
external-link-later = The link to join appears here { $minutes } minutes before the meet starts.
audit-external-link-set = Gave a circle a meeting link on another tool
audit-external-link-removed = Took away a circle's meeting link on another tool

## Video meets (cameras beside the voice call)
call-format-video = Video and text
call-heading-video = Video call
fact-call = Online meets
circle-call-voice = Voice and text: join the call if you like, or stay with text. Nothing is recorded.
circle-call-video = Video and text: cameras stay off unless you turn yours on, and you can stay with voice or text. Nothing is recorded.
call-camera-on = Turn my camera on
call-camera-off = Turn my camera off
call-camera-hint = Your camera is off. Nobody sees you unless you turn it on, and you can turn it off at any time.
call-camera-live = Your camera is on. Others in the call can see you.
call-no-camera = We could not use a camera. You are still in the call with your voice.
call-camera-refused = Your camera could not be shown just now. You are still in the call with your voice.
call-show-video = Show others' video
call-video-hint = On a phone, video is off at first to save data and battery. Sound is not affected.
call-here-heading = In the call
call-you = { $alias } (you)
call-video-of = { $alias }'s camera
call-has-piece = has the talking piece

## i18n machinery
# This language's name in its own script, as the language switcher shows it.
language-name = English
language-switch-label = Language
language-switch-button = Change

## The safety net's learned layer (an alert it raised, as facilitators see it)
room-alert-learned = Noticed by what the message means, not by a known phrase ({$score}% sure). Closest examples: {$like}.
room-alert-level-none = not crisis language

## Trainings (the organisation's list, who completed which, what circles require)
trainings-title = Trainings
trainings-lead = The trainings your organisation asks of facilitators, who has completed which, and how long each stays valid.
trainings-list = Your organisation’s trainings
trainings-none = No trainings yet. Add the first one below.
training-retired = Retired
training-change = Change
training-change-named = Change “{ $name }”
training-add = Add a training
training-add-submit = Add training
training-save = Save changes
training-field-name = Name
training-hint-name = For example “Active listening” or “Safeguarding young people”.
training-field-covers = What it covers
training-hint-covers = A sentence or two, so facilitators know what it is.
training-field-months = Valid for (months)
training-hint-months = How many months a completion counts before it needs renewing.
training-field-never = It never expires
training-valid-months = { $months ->
    [one] Valid for 1 month
   *[other] Valid for { $months } months
}
training-never-expires = Never expires
training-valid-until = Valid until { $date }
training-expires-soon = Expires on { $date }: within 30 days
training-expired-on = Expired on { $date }
training-gap-missing = Not completed yet
training-name-missing = Give the training a name.
training-months-invalid = Write a whole number of months (such as 12), or tick “It never expires”.
training-retire-heading = Retire this training
training-retire-lead = A retired training is no longer offered or required of any circle. Records of it stay.
training-retire = Retire training
training-restore-heading = Bring this training back
training-restore-lead = It will be offered again, and circles can require it again.
training-restore = Bring it back
training-records = Who has completed what
training-records-lead = Record a training once you have checked it was completed. Your name is kept as the person who checked it. Only coordinators and the person themselves see these records.
training-record-none-yet = Add a training and give someone the facilitator role first; then you can record it here.
training-field-member = Facilitator
training-field-training = Training
training-field-completed = Completed on
training-hint-completed = The day they finished it, for example 2027-01-05.
training-choose-person = Choose a facilitator
training-choose-training = Choose a training
training-member-missing = Choose who completed it.
training-training-missing = Choose which training they completed.
training-date-future = That day has not come yet. Use the day they finished it.
training-record-submit = Record it
training-records-none = No completions recorded yet.
training-completed-checked = Completed on { $date }, checked by { $checker }
training-checked-by-gone = a coordinator who has since left
training-record-remove = Remove this record
training-record-remove-confirm = Only remove a record that was entered by mistake.
training-record-remove-yes = Yes, remove it
training-record-link = Record a training
training-gaps-title = Training gaps
training-gaps-lead = Facilitators of your circles who are missing a training their circle requires, or whose training runs out within the next 30 days.
training-gaps-none = No gaps: every facilitator has the trainings their circles require for the next 30 days.
training-assign-problem-heading = Those facilitators were not saved
training-assign-blocked = { $alias } cannot facilitate this circle yet: they need { $trainings } (missing or expired).
circle-trainings-heading = Trainings this circle requires
circle-trainings-lead = Someone without these, or with one that has expired, cannot be made a facilitator of this circle.
circle-trainings-none = Your organisation has no trainings yet.
circle-trainings-choose = Facilitators of this circle need
circle-trainings-save = Save required trainings
own-trainings-heading = Your trainings
own-trainings-lead = What your coordinators have recorded. Only you and coordinators see this.
own-trainings-none = Nothing recorded yet. If you have completed a training, let a coordinator know.
done-training-saved = The training is saved.
done-training-recorded = The training is recorded.
done-training-record-removed = The record is removed.
done-circle-trainings-saved = The circle's required trainings are saved.
audit-training-added = Added a training
audit-training-changed = Changed a training
audit-training-retired = Retired a training
audit-training-restored = Brought a training back
audit-training-recorded = Recorded a completed training
audit-training-record-removed = Removed a training record
audit-circle-trainings-changed = Changed the trainings a circle requires

## A circle's words in other languages (the coordinator's circle page)
circle-text-heading = The circle in { $language }
circle-text-lead = People reading Holdspace in { $language } see these words instead of the circle's own. Leave a box empty to keep the circle's own words there; empty them all to stop showing this version.
circle-text-name = Circle name
circle-text-summary = One-line summary
circle-text-description = About this circle
circle-text-agreements = The circle's own agreements
circle-text-hint = One agreement on each line.
circle-text-save = Save the { $language } words
done-circle-text-saved = The circle's words in that language are saved.

## Debriefs and facilitator care
debrief-title = How did it go?
debrief-heading = How did it go?
debrief-private = A debrief is about you and how the meet went for you as its facilitator. It holds nobody's words: please do not write down what anyone shared. Only you see it; coordinators see counts, and who asked for support.
debrief-went-legend = How did the meet go, for you?
debrief-went-1 = Hard going
debrief-went-2 = Difficult in places
debrief-went-3 = Okay
debrief-went-4 = Good
debrief-went-5 = Really good
debrief-went-missing = Please choose how it went.
debrief-follow-up-legend = Is there anything to follow up?
debrief-follow-up-no = No, nothing to follow up
debrief-follow-up-yes = Yes, something needs following up
debrief-follow-up-missing = Please say whether anything needs following up.
debrief-alerts-legend = Safety alerts from this meet
debrief-alerts-hint = If something needs following up, tick the alerts it is about. Only when and how serious each was is shown here.
debrief-no-alerts = There were no safety alerts in this meet.
debrief-alert-line = { $when }: { $level }
debrief-alert-unknown = Please choose only alerts from this meet.
debrief-support-legend = Your own support
debrief-support = I would like support after this one
debrief-support-hint = A coordinator is told privately that you asked, and after which meet. Nothing else in this debrief is shared.
debrief-support-already = You have asked for support after this meet; the coordinators know.
debrief-edit-window = You can change this debrief for { $days ->
    [one] { $days } day
   *[other] { $days } days
} after you first save it.
debrief-save = Save the debrief
debrief-filed-on = First saved { $when }.
debrief-not-over = A debrief can be written once the meet is over.
debrief-locked = This debrief was saved more than { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago, so it can no longer be changed.
debrief-due-heading = How did it go, as facilitator?
debrief-due-link = Write a debrief for { $meet }
debrief-due-intro = A few questions about how it went for you, without anyone's words. It takes a minute.
debrief-meet-prompt = You facilitated this meet: a short debrief, when you are ready.
debrief-nothing-to-follow-up = Nothing to follow up
debrief-to-follow-up = To follow up: { $alerts ->
    [0] no alerts chosen
    [one] { $alerts } alert
   *[other] { $alerts } alerts
}
debrief-retention-invalid = Please give a whole number of days from 1 to 3650.
debriefs-title = Your debriefs
debriefs-lead = Your own record of how your meets went. Only you see it. Debriefs are deleted after { $days ->
    [one] { $days } day
   *[other] { $days } days
}, as your organisation has chosen.
debriefs-history-heading = Debriefs you have written
debriefs-none = You have not written a debrief yet.
debriefs-support-asked = you asked for support
debriefs-can-change = You can still change this one.
care-you-heading = Support for you
care-lead = Holding space is work. If you would like to talk something through with a coordinator, ask for a supervision chat: they are told privately and will be in touch.
care-ask-supervision = Ask for a supervision chat
care-supervision-open = You have asked for a supervision chat; a coordinator will be in touch.
care-yours-heading = What you have asked for
care-waiting = Waiting for a coordinator
care-support = Support after a meet
care-support-after = Support after { $meet }
care-supervision = A supervision chat
care-asked-on = Asked { $when }
care-answered-by = { $who } marked this answered { $when }.
care-kind-unknown = That is not a kind of request we know.
care-title = Facilitator care
care-admin-lead = Requests from facilitators for support or a supervision chat, and meets nobody has debriefed yet. Only coordinators see this page.
care-open-heading = Open requests
care-open-none = No facilitator is waiting for support right now.
care-who-asked = { $alias } asked
care-mark-answered = Mark answered
care-undebriefed-heading = Meets without a debrief (last { $days } days)
care-undebriefed-none = Every meet in this time has a debrief.
care-undebriefed-hint = A gentle reminder to the facilitator may help; a missing debrief is not a problem in itself.
done-debrief-saved = Your debrief is saved. Thank you for holding the space.
done-debrief-saved-support = Your debrief is saved, and a coordinator has been told you would like support.
done-supervision-asked = A coordinator has been told you would like a supervision chat.
done-supervision-open = You have already asked for a supervision chat; a coordinator will be in touch.
done-care-answered = Marked answered.
audit-care-answered = Marked a facilitator's request for care answered
notice-support-asked = { $who } would like support after the meet of { $circle } on { $when }.
notices-kind-care = Facilitator care
notice-subject-care = A facilitator would like support
field-debrief-retention = Keep debriefs for (days)
hint-debrief-retention = Debriefs say how meets went for their facilitators, and who asked for support; never anyone's words. They are deleted for good after this many days; 365 unless you choose otherwise.
report-debriefs-heading = Debriefs
report-debriefs-hint = How the meets went for their facilitators, in their own debriefs. Counts only.
report-debriefs-caption = Debriefs by facilitators
report-debriefs-filed = Debriefs written
report-debriefed = Meets debriefed
report-debriefed-share = { $rate }% of meets held
report-support-asked = Support asked for
report-went = How it went
