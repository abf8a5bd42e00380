//! The demo organisation (`holdspace demo`): the range of circles a real
//! peer-support network runs, with facilitators, agreements and a few
//! members to sign in as.

mod history;
pub mod janus;
mod rota;

use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use crate::auth::password;
use crate::domain::Alias;
use crate::domain::audit::Actor;
use crate::domain::circle::{Circle, Format, Status};
use crate::domain::member::{Profile, Roles};
use crate::domain::password::NewPassword;
use crate::domain::room::MoodNumbers;
use crate::domain::schedule::{End, Repeat, Series, is_last_of_month, week_of_month};
use crate::domain::venue::{Answer, Venue};
use crate::services;
use crate::store::members::NewMember;
use crate::store::settings::OrgSettings;
use crate::store::{Store, StoreError};

/// Every demo account shares this password.
pub const PASSWORD: &str = "holdspace-demo";

/// Printed by `holdspace demo` on a machine without a media server.
pub const NO_VOICE_NOTE: &str = "Voice meets are off: Janus, the media server, is not installed \
(install it with: apt-get install janus, then start the demo again); text rooms work as usual.";

/// Printed when the demo starts.
pub const ACCOUNTS_NOTE: &str = "Demo accounts (password: holdspace-demo): Meera (coordinator), \
Ruth, Arjun, Priya, Kai, Tomas, Nadia, Jo, Dev (facilitators), Sam (participant). \
This is demo data: do not use it for a real organisation.";

struct DemoMember {
    alias: &'static str,
    pronouns: &'static str,
    language: &'static str,
    time_zone: &'static str,
    note: &'static str,
    roles: Roles,
}

const FACILITATOR: Roles = Roles { facilitator: true, coordinator: false };

const MEMBERS: &[DemoMember] = &[
    DemoMember {
        alias: "Meera",
        pronouns: "she/her",
        language: "en",
        time_zone: "Asia/Kolkata",
        note: "I coordinate our circles. I came to peer support after years of caring for my father.",
        roles: Roles { facilitator: true, coordinator: true },
    },
    DemoMember {
        alias: "Ruth",
        pronouns: "she/her",
        language: "en",
        time_zone: "America/New_York",
        note: "I lost my husband in 2019. This circle carried me through the first years, and now I hold it for others.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Arjun",
        pronouns: "he/him",
        language: "hi",
        time_zone: "Asia/Kolkata",
        note: "My son is autistic. I know the tiredness and the fierce love, and the forms, the waiting rooms and the stares.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Priya",
        pronouns: "she/her",
        language: "hi",
        time_zone: "Asia/Kolkata",
        note: "I have lived with depression since college and I became a mother two years ago. Some days are still heavy; I know I am not alone.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Kai",
        pronouns: "they/them",
        language: "en",
        time_zone: "Europe/London",
        note: "Non-binary, queer, and a survivor. I facilitate because being believed by peers changed my life.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Tomas",
        pronouns: "he/him",
        language: "en",
        time_zone: "America/New_York",
        note: "Eight years without a drink, one day at a time. Late-deafened in my forties, so I like text-first rooms.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Nadia",
        pronouns: "she/her",
        language: "en",
        time_zone: "Europe/London",
        note: "I cared for my mum through dementia for six years. I am 31 and still working out what my own life looks like.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Jo",
        pronouns: "she/they",
        language: "en",
        time_zone: "America/New_York",
        note: "Bi, and the first in my family to come out. I remember how lonely it was before I found my people.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Dev",
        pronouns: "he/him",
        language: "en",
        time_zone: "Asia/Kolkata",
        note: "Clinical psychologist. I needed a space where I did not have to be the helper, so we started one.",
        roles: FACILITATOR,
    },
    DemoMember {
        alias: "Sam",
        pronouns: "",
        language: "en",
        time_zone: "Europe/London",
        note: "",
        roles: Roles { facilitator: false, coordinator: false },
    },
];

const ORG_AGREEMENTS: &[&str] = &[
    "Confidentiality: what is shared here stays here. The one limit: if someone's life is in immediate danger, a facilitator may seek help.",
    "Speak from your own experience: say \"I\", not \"you should\".",
    "No advice unless someone asks for it.",
    "No pressure to speak: listening is taking part, and you can always pass.",
    "Respect each person's name and pronouns.",
];

struct DemoCircle {
    slug: &'static str,
    name: &'static str,
    summary: &'static str,
    description: &'static str,
    how_it_works: &'static str,
    topics: &'static [&'static str],
    audience: &'static [&'static str],
    eligibility: &'static str,
    ages: (Option<i64>, Option<i64>),
    languages: &'static [&'static str],
    format: Format,
    place: (&'static str, &'static str, &'static str),
    country: &'static str,
    time_zone: &'static str,
    capacity: i64,
    drop_in: bool,
    agreements: &'static [&'static str],
    facilitators: &'static [&'static str],
    /// Weekday, hour, minute (local), how it repeats, minutes.
    meets: &'static [(Weekday, u32, u32, Repeat, i64)],
}

const ONLINE: (&str, &str, &str) = ("", "", "");

const CIRCLES: &[DemoCircle] = &[
    DemoCircle {
        slug: "after-a-loss",
        name: "After a loss",
        summary: "For anyone grieving someone they love, however long ago.",
        description: "Grief does not keep to a timetable. In this circle we talk about the person we lost, the days that are hard, and the small things that help, without anyone telling us how we should feel.\n\nWhether your loss was last month or ten years ago, sudden or expected, you are welcome.",
        how_it_works: "We meet online every Tuesday evening for 75 minutes. We open with a check-in round, share in turn, and close with a moment of quiet.",
        topics: &[
            "grief",
            "loss",
            "bereavement",
            "death of a partner",
            "death of a parent",
            "death of a child",
            "death of a sibling",
        ],
        audience: &[],
        eligibility: "Adults who are grieving the death of someone close.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "US",
        time_zone: "America/New_York",
        capacity: 12,
        drop_in: false,
        agreements: &["Every loss is welcome here; there is no ranking of grief."],
        facilitators: &["Ruth"],
        meets: &[(Weekday::Tue, 19, 0, Repeat::Weekly, 75)],
    },
    DemoCircle {
        slug: "dementia-carers",
        name: "Caring for someone with dementia",
        summary: "For people looking after a parent, partner or friend living with dementia.",
        description: "Caring for someone with dementia can be lonely and exhausting, and full of love at the same time. Here you can say the things that are hard to say anywhere else: the guilt, the grief while they are still alive, the small victories.\n\nWe meet in person at a community centre in Camden, with a video link for those who cannot get away.",
        how_it_works: "Fortnightly on Saturday mornings, 90 minutes. Tea is on the table from 10:00. If you need to bring the person you care for, let us know and a volunteer can sit with them next door.",
        topics: &["caregiving", "dementia", "alzheimers", "carer burnout", "ageing parents"],
        audience: &["caregivers"],
        eligibility: "Anyone caring for a person living with dementia, paid or unpaid.",
        ages: (None, None),
        languages: &["en"],
        format: Format::Hybrid,
        place: ("Camden", "London", "Queen's Crescent Community Centre, 45 Queen's Crescent, London NW5 4QH"),
        country: "GB",
        time_zone: "Europe/London",
        capacity: 14,
        drop_in: false,
        agreements: &["Phones on silent, unless you are on call for the person you care for."],
        facilitators: &["Nadia", "Meera"],
        meets: &[(Weekday::Sat, 10, 30, Repeat::Fortnightly, 90)],
    },
    DemoCircle {
        slug: "idd-parents-kolkata",
        name: "अपनों की देखभाल: parents and carers of children with developmental disabilities",
        summary: "For parents and carers of children and adults with intellectual or developmental disabilities, in Kolkata.",
        description: "Autism, Down syndrome, cerebral palsy, intellectual disability: whatever the words on the report, many of us carry the same worries about schools, therapies, money and what happens after us.\n\nहम हिंदी और अंग्रेज़ी दोनों में बात करते हैं। Come as you are; nobody here will judge your child or your choices.",
        how_it_works: "First Sunday of every month, 11:00 to 12:30, in person. A quiet room is available for children who come along.",
        topics: &[
            "caregiving",
            "intellectual disability",
            "developmental disability",
            "autism",
            "down syndrome",
            "special needs parenting",
        ],
        audience: &["caregivers", "parents"],
        eligibility: "Parents, grandparents, siblings and other carers.",
        ages: (None, None),
        languages: &["hi", "en"],
        format: Format::InPerson,
        place: ("Salt Lake", "Kolkata", "Sector V Community Hall, Block EP, Salt Lake, Kolkata 700091"),
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 15,
        drop_in: false,
        agreements: &["We talk about our own experience as carers, not about diagnosing anyone's child."],
        facilitators: &["Arjun"],
        meets: &[(Weekday::Sun, 11, 0, Repeat::MonthlyNth { week: 1 }, 90)],
    },
    DemoCircle {
        slug: "lgbtqia-circle",
        name: "LGBTQIA+ peer circle",
        summary: "A warm, queer-led space for lesbian, gay, bi, trans, queer, intersex and asexual people.",
        description: "Coming out, not coming out, family, faith, dating, work, or just needing to be somewhere you do not have to explain yourself. This circle is for all of it.\n\nIt is for LGBTQIA+ people only, so that everyone can speak freely.",
        how_it_works: "Online every Thursday, 19:00 to 20:30 New York time. Cameras are never required; the room is text-first.",
        topics: &["lgbtqia", "coming out", "sexuality", "identity", "family rejection", "loneliness"],
        audience: &["lgbtqia"],
        eligibility: "LGBTQIA+ people aged 18 and over.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "US",
        time_zone: "America/New_York",
        capacity: 16,
        drop_in: true,
        agreements: &["We never out anyone, in the circle or outside it."],
        facilitators: &["Jo"],
        meets: &[(Weekday::Thu, 19, 0, Repeat::Weekly, 90)],
    },
    DemoCircle {
        slug: "trans-nonbinary",
        name: "Trans and non-binary circle",
        summary: "Peer support by and for trans, non-binary and gender-questioning people.",
        description: "Waiting lists, families, transition or not transitioning, dysphoria and joy. In this circle you will not have to educate anybody.\n\nQuestioning? You are welcome too.",
        how_it_works: "Online, every other Monday, 19:30 to 21:00 UK time. Text-first, with optional audio.",
        topics: &["transgender", "non-binary", "gender identity", "transition", "dysphoria", "questioning"],
        audience: &["trans-nonbinary", "lgbtqia"],
        eligibility: "Trans, non-binary and gender-questioning people aged 18 and over.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "GB",
        time_zone: "Europe/London",
        capacity: 12,
        drop_in: false,
        agreements: &["Use the name and pronouns each person shares, every time."],
        facilitators: &["Kai"],
        meets: &[(Weekday::Mon, 19, 30, Repeat::Fortnightly, 90)],
    },
    DemoCircle {
        slug: "low-mood",
        name: "Depression and low mood",
        summary: "For people living with depression or going through a long low patch.",
        description: "When getting out of bed is an achievement, it helps to be with people who understand. We share what the days are like and what has helped us, without fixing each other.\n\nYou do not need a diagnosis to join.",
        how_it_works: "Online every Wednesday, 20:00 to 21:15 India time. You can listen the whole time if you want to.",
        topics: &["depression", "low mood", "hopelessness", "anxiety", "loneliness", "burnout"],
        audience: &[],
        eligibility: "Adults experiencing depression or low mood.",
        ages: (Some(18), None),
        languages: &["en", "hi"],
        format: Format::Online,
        place: ONLINE,
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 12,
        drop_in: false,
        agreements: &["It is fine to say \"I can't talk today\" and just listen."],
        facilitators: &["Priya"],
        meets: &[(Weekday::Wed, 20, 0, Repeat::Weekly, 75)],
    },
    DemoCircle {
        slug: "nayi-maa",
        name: "नई माँ: new mothers' circle",
        summary: "नई माँओं के लिए एक सुरक्षित जगह। A circle for mothers of babies under two.",
        description: "माँ बनना खुशी के साथ थकान, डर और अकेलापन भी ला सकता है। यहाँ हम बिना किसी डर के अपनी बात कह सकते हैं।\n\nFeeding, sleep, in-laws, going back to work, or feeling nothing when everyone expects you to glow: all of it is welcome. Babies in arms are welcome too.",
        how_it_works: "हर शुक्रवार सुबह 11 बजे, डेढ़ घंटा। In person, with mats and tea.",
        topics: &["new mother", "postpartum", "postnatal depression", "motherhood", "new parent", "baby"],
        audience: &["women", "parents"],
        eligibility: "Mothers of babies and toddlers under two.",
        ages: (None, None),
        languages: &["hi"],
        format: Format::InPerson,
        place: ("Ballygunge", "Kolkata", "Ballygunge Women's Centre, 12 Gariahat Road, Kolkata 700019"),
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 10,
        drop_in: true,
        agreements: &["हम एक-दूसरे की परवरिश पर राय नहीं देते। We do not judge anyone's parenting."],
        facilitators: &["Priya"],
        meets: &[(Weekday::Fri, 11, 0, Repeat::Weekly, 90)],
    },
    DemoCircle {
        slug: "recovery-brooklyn",
        name: "Recovery circle: alcohol and other substances",
        summary: "For anyone who wants to change their relationship with alcohol or drugs, at whatever stage.",
        description: "Whether you have been sober for years, are cutting down, or are only starting to wonder whether you drink too much, you belong here. No labels required, no one path.\n\nWe meet in Brooklyn and online at the same time.",
        how_it_works: "Every Monday and Thursday, 18:30 to 19:30. Coffee, no speeches, and you can always pass.",
        topics: &["substance use", "alcohol", "drinking", "addiction", "recovery", "sobriety", "drugs"],
        audience: &[],
        eligibility: "Adults with any relationship to alcohol or other substances.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Hybrid,
        place: ("Park Slope", "New York", "Old Stone House, 336 3rd Street, Brooklyn, NY 11215"),
        country: "US",
        time_zone: "America/New_York",
        capacity: 20,
        drop_in: true,
        agreements: &["Please come sober to the meet; if you cannot today, come anyway and listen."],
        facilitators: &["Tomas"],
        meets: &[(Weekday::Mon, 18, 30, Repeat::Weekly, 60), (Weekday::Thu, 18, 30, Repeat::Weekly, 60)],
    },
    DemoCircle {
        slug: "survivors-circle",
        name: "Adult survivors of childhood sexual abuse",
        summary: "A closed, carefully held circle for adults who were sexually abused as children.",
        description: "You were not to blame, and you are not alone. This circle is a steady place to talk about the long shadow of what happened, at your own pace.\n\nNobody is ever asked to describe what happened to them. We focus on living now.",
        how_it_works: "Online every other Sunday, 17:00 to 18:30 UK time. Small group; the facilitator checks in with everyone before their first meet.",
        topics: &["childhood sexual abuse", "csa", "trauma", "survivors", "abuse"],
        audience: &["survivors"],
        eligibility: "Adults aged 18 and over who experienced sexual abuse in childhood.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "GB",
        time_zone: "Europe/London",
        capacity: 8,
        drop_in: false,
        agreements: &[
            "No graphic detail: we share how we are, not what was done to us.",
            "Use content warnings when you need to.",
        ],
        facilitators: &["Kai"],
        meets: &[(Weekday::Sun, 17, 0, Repeat::Fortnightly, 90)],
    },
    DemoCircle {
        slug: "deaf-hoh-text-first",
        name: "Deaf and hard-of-hearing circle (text-first)",
        summary: "A text-first circle for Deaf, hard-of-hearing and late-deafened people.",
        description: "Everything happens in writing, so nobody has to lip-read a pixelated video or ask people to repeat themselves. We talk about communication fatigue, isolation, work, family and identity.\n\nSign-language users, hearing-aid and implant users and people still adjusting to hearing loss are all welcome.",
        how_it_works: "Online every Saturday, 11:00 to 12:30 New York time. Text only; take your time typing.",
        topics: &["deafness", "hearing loss", "late-deafened", "isolation", "communication"],
        audience: &["deaf"],
        eligibility: "Deaf, hard-of-hearing and late-deafened adults.",
        ages: (Some(18), None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "US",
        time_zone: "America/New_York",
        capacity: 14,
        drop_in: false,
        agreements: &["We wait for each person to finish typing; there is no rush."],
        facilitators: &["Tomas"],
        meets: &[(Weekday::Sat, 11, 0, Repeat::Weekly, 90)],
    },
    DemoCircle {
        slug: "youth-18-25",
        name: "Young adults 18 to 25",
        summary: "For young people juggling studies, family expectations, first jobs and big feelings.",
        description: "Exams, placements, parents, heartbreak, figuring out who you are. This is a space for people aged 18 to 25 to talk with others at the same stage of life.\n\nहिंदी, English या Hinglish: जो आपको सहज लगे।",
        how_it_works: "Online every Sunday, 18:00 to 19:00 India time.",
        topics: &["stress", "studies", "exams", "loneliness", "family pressure", "anxiety", "relationships"],
        audience: &["youth"],
        eligibility: "Young people aged 18 to 25.",
        ages: (Some(18), Some(25)),
        languages: &["en", "hi"],
        format: Format::Online,
        place: ONLINE,
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 14,
        drop_in: false,
        agreements: &["No sharing contact details or adding each other elsewhere."],
        facilitators: &["Dev", "Priya"],
        meets: &[(Weekday::Sun, 18, 0, Repeat::Weekly, 60)],
    },
    DemoCircle {
        slug: "life-at-26-35",
        name: "Life at 26 to 35",
        summary: "For people in their late twenties and early thirties who feel behind, stuck or just tired.",
        description: "Careers, rent, relationships, friends having babies, parents getting older, and the feeling that everyone else has it figured out. They do not.\n\nA circle for the decade nobody warns you about.",
        how_it_works: "Online every other Wednesday, 19:00 to 20:15 UK time.",
        topics: &["stress", "career", "relationships", "loneliness", "quarter-life crisis", "burnout"],
        audience: &["young-adults"],
        eligibility: "People aged 26 to 35.",
        ages: (Some(26), Some(35)),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "GB",
        time_zone: "Europe/London",
        capacity: 12,
        drop_in: false,
        agreements: &[],
        facilitators: &["Nadia"],
        meets: &[(Weekday::Wed, 19, 0, Repeat::Fortnightly, 75)],
    },
    DemoCircle {
        slug: "chai-aur-baat",
        name: "चाय और बात: everyday stress over a cup of tea",
        summary: "रोज़मर्रा के तनाव पर खुली बातचीत, चाय के साथ। An open drop-in for everyday stress.",
        description: "काम, घर, ट्रैफ़िक, पैसा: कभी-कभी बस किसी से बात करनी होती है। कोई बड़ी वजह ज़रूरी नहीं।\n\nNo crisis needed, no commitment. Come for one cup or come every week.",
        how_it_works: "हर शनिवार शाम 5 बजे, एक घंटा। Drop in, no sign-up needed in advance.",
        topics: &["stress", "work stress", "burnout", "family", "money worries", "everyday stress"],
        audience: &[],
        eligibility: "सभी का स्वागत है। Everyone is welcome.",
        ages: (None, None),
        languages: &["hi"],
        format: Format::InPerson,
        place: ("Gariahat", "Kolkata", "Dakshinapan Library Café, 2 Gariahat Road South, Kolkata 700068"),
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 20,
        drop_in: true,
        agreements: &[],
        facilitators: &["Arjun", "Meera"],
        meets: &[(Weekday::Sat, 17, 0, Repeat::Weekly, 60)],
    },
    DemoCircle {
        slug: "psychologists-peer",
        name: "Psychologists supporting each other",
        summary: "A peer space for psychologists and counsellors to put down what they carry.",
        description: "We spend our days holding other people's pain. Here we can talk about vicarious trauma, burnout, difficult sessions and our own lives, with colleagues who get it.\n\nThis is peer support, not supervision: nobody is assessed.",
        how_it_works: "Online on the second Tuesday of each month, 20:30 to 21:45 India time.",
        topics: &["burnout", "vicarious trauma", "compassion fatigue", "professionals", "therapist self-care"],
        audience: &["professionals"],
        eligibility: "Practising psychologists, counsellors and psychotherapists.",
        ages: (None, None),
        languages: &["en"],
        format: Format::Online,
        place: ONLINE,
        country: "IN",
        time_zone: "Asia/Kolkata",
        capacity: 12,
        drop_in: false,
        agreements: &["Nothing that could identify a client, ever."],
        facilitators: &["Dev"],
        meets: &[(Weekday::Tue, 20, 30, Repeat::MonthlyNth { week: 2 }, 75)],
    },
];

/// The demo circles, as plain data (also used to check the search quality).
pub fn circles() -> Vec<Circle> {
    CIRCLES
        .iter()
        .map(|c| Circle {
            id: 0,
            slug: c.slug.into(),
            name: c.name.into(),
            summary: c.summary.into(),
            description: c.description.into(),
            how_it_works: c.how_it_works.into(),
            topics: c.topics.iter().map(|t| t.to_string()).collect(),
            audience: c.audience.iter().map(|t| t.to_string()).collect(),
            eligibility: c.eligibility.into(),
            age_min: c.ages.0,
            age_max: c.ages.1,
            languages: c.languages.iter().map(|t| t.to_string()).collect(),
            format: c.format,
            area: c.place.0.into(),
            city: c.place.1.into(),
            address: c.place.2.into(),
            address_after_rsvp: true,
            country: c.country.into(),
            time_zone: Tz::from_str(c.time_zone).expect("demo time zones are valid"),
            capacity: c.capacity,
            listed: true,
            facilitated: false,
            drop_in: c.drop_in,
            status: Status::Active,
            agreements: c.agreements.iter().map(|a| a.to_string()).collect(),
            agreements_version: 1,
            advice_nudge: true,
            mood_numbers: MoodNumbers::Facilitators,
            call: Default::default(),
            venue: venue_of(c.slug),
        })
        .collect()
}

/// What two of the demo venues are like; the others say nothing yet.
fn venue_of(slug: &str) -> Venue {
    match slug {
        "dementia-carers" => Venue {
            step_free: Answer::Yes,
            hearing_loop: Answer::Yes,
            quiet_room: Answer::Yes,
            neutral_toilets: Answer::No,
            transport: "Kentish Town West station, 5 minutes' walk; buses 24 and 46 stop outside".into(),
            door: "The green side door on Weedington Road, with a ramp; ring the bell marked Hall".into(),
        },
        "chai-aur-baat" => Venue {
            step_free: Answer::No,
            quiet_room: Answer::Yes,
            transport: "Gariahat crossing bus stop; Kalighat metro, 15 minutes' walk".into(),
            door: "Up the stairs at the back of the café, past the bookshelves".into(),
            ..Venue::default()
        },
        _ => Venue::default(),
    }
}

/// Loads the demo organisation into an empty store.
pub async fn load(store: &Store) -> Result<(), StoreError> {
    let now = services::now();
    let organiser = Actor::Console;
    let settings = OrgSettings {
        name: "Common Ground Peer Support".into(),
        country: "IN".into(),
        agreements: ORG_AGREEMENTS.iter().map(|a| a.to_string()).collect(),
        agreements_version: 1,
        ..OrgSettings::default()
    };
    store.save_org_settings(&organiser, &settings, now).await?;
    let hash = password::hash_async(NewPassword::generated(PASSWORD.into())).await;
    let mut ids = Vec::new();
    for m in MEMBERS {
        let profile = Profile {
            email: None,
            pronouns: (!m.pronouns.is_empty()).then(|| m.pronouns.to_string()),
            language: m.language,
            time_zone: Tz::from_str(m.time_zone).ok(),
            lived_experience: (!m.note.is_empty()).then(|| m.note.to_string()),
            country: None,
        };
        let new = NewMember {
            alias: Alias::parse(m.alias).expect("demo aliases are valid"),
            password_hash: hash.clone(),
            profile,
            roles: m.roles,
            must_change_password: false,
            recovery_code_hashes: Vec::new(),
        };
        ids.push((m.alias, store.create_member(&new, &organiser, now).await?));
    }
    let clock = Utc::now();
    for (c, circle) in CIRCLES.iter().zip(circles()) {
        let circle_id = store.create_circle(&circle, now).await?;
        for alias in c.facilitators {
            if let Some((_, member_id)) = ids.iter().find(|(a, _)| a == alias) {
                store.add_facilitator(circle_id, *member_id).await?;
            }
        }
        let today = clock.with_timezone(&circle.time_zone).date_naive();
        for &(weekday, hour, minute, repeat, duration) in c.meets {
            let time = NaiveTime::from_hms_opt(hour, minute, 0).expect("demo times are valid");
            let first = first_day(today, weekday, repeat).and_time(time);
            let series =
                Series::new(circle.time_zone, first, repeat, End::Never, duration).expect("demo series are valid");
            services::schedule::add_series(store, circle_id, &series, clock).await?;
        }
    }
    show_standing_membership_and_a_cancellation(store, &ids).await?;
    rota::load(store, &ids).await?;
    history::load(store, &ids).await
}

/// The first day after `today` that fits the weekday (and week of the month).
fn first_day(today: NaiveDate, weekday: Weekday, repeat: Repeat) -> NaiveDate {
    let mut day = today + Duration::days(1);
    loop {
        let week_fits = match repeat {
            Repeat::MonthlyNth { week: -1 } => is_last_of_month(day),
            Repeat::MonthlyNth { week } => week_of_month(day) == week,
            _ => true,
        };
        if day.weekday() == weekday && week_fits {
            return day;
        }
        day += Duration::days(1);
    }
}

/// Sam has joined "Life at 26 to 35" once and holds a seat at every meet,
/// and has a message from its facilitators waiting on "My meets"; the next
/// "chai aur baat" is cancelled with a note.
async fn show_standing_membership_and_a_cancellation(store: &Store, ids: &[(&str, i64)]) -> Result<(), StoreError> {
    let now_ms = services::now_ms();
    let sam = ids.iter().find(|(a, _)| *a == "Sam").map(|(_, id)| *id).unwrap_or_default();
    let org = store.org_settings().await?;
    if let Some(circle) = store.circle_by_slug("life-at-26-35").await? {
        store
            .accept_agreements(sam, circle.id, (org.agreements_version, circle.agreements_version), now_ms / 1000)
            .await?;
        store.join_circle(circle.id, sam, now_ms).await?;
        store
            .announce(
                circle.id,
                "Hello everyone! From next month we also meet in person once a month; details soon.",
                now_ms / 1000,
            )
            .await?;
    }
    if let Some(circle) = store.circle_by_slug("chai-aur-baat").await?
        && let Some(next) = store.upcoming_meets(circle.id, now_ms / 1000, 1).await?.first()
    {
        store
            .cancel_meet(
                next.meet.id,
                "इस हफ़्ते त्योहार की छुट्टी है। We are taking this week off for the festival; see you next Saturday.",
            )
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circle::parse_slug;

    #[test]
    fn first_days_fit_the_schedule() {
        let today = NaiveDate::from_ymd_opt(2027, 1, 12).unwrap();
        assert_eq!(first_day(today, Weekday::Tue, Repeat::Weekly), NaiveDate::from_ymd_opt(2027, 1, 19).unwrap());
        assert_eq!(
            first_day(today, Weekday::Tue, Repeat::MonthlyNth { week: 2 }),
            NaiveDate::from_ymd_opt(2027, 2, 9).unwrap()
        );
        assert_eq!(
            first_day(today, Weekday::Fri, Repeat::MonthlyNth { week: -1 }),
            NaiveDate::from_ymd_opt(2027, 1, 29).unwrap()
        );
    }

    #[test]
    fn demo_data_is_valid_and_broad() {
        assert!(CIRCLES.len() >= 10);
        for c in CIRCLES {
            parse_slug(c.slug).unwrap();
            Tz::from_str(c.time_zone).unwrap();
            for f in c.facilitators {
                assert!(MEMBERS.iter().any(|m| m.alias == *f && m.roles.facilitator), "{f} facilitates {}", c.slug);
            }
        }
        for m in MEMBERS {
            Alias::parse(m.alias).unwrap();
        }
        let zones: std::collections::HashSet<_> = CIRCLES.iter().map(|c| c.time_zone).collect();
        for zone in ["Asia/Kolkata", "America/New_York", "Europe/London"] {
            assert!(zones.contains(zone));
        }
        assert!(CIRCLES.iter().any(|c| c.languages.contains(&"hi")));
        assert!(CIRCLES.iter().any(|c| c.format == Format::InPerson));
        assert!(CIRCLES.iter().any(|c| c.format == Format::Online));
        assert!(NewPassword::parse(PASSWORD.into(), &Alias::parse("Sam").unwrap()).is_ok());
        for c in CIRCLES {
            assert!(!c.meets.is_empty(), "{} has meets", c.slug);
        }
    }
}
