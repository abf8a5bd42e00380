-- Who came to a meet (a member, or a guest by pass; never what they said),
-- for "one answer each" and the impact report's returning and new people.
-- A member's rows go with their account; a guest's pass is forgotten soon
-- after the meet, leaving a row that only counts.
CREATE TABLE attendance (
    meet_id INTEGER NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members (id) ON DELETE CASCADE,
    guest_key TEXT
);
CREATE INDEX attendance_meet ON attendance (meet_id);
CREATE INDEX attendance_member ON attendance (member_id);

-- "Already answered": who gave feedback on which meet, and nothing of what
-- they said. Kept apart from the answers, sharing no id and no time with them.
CREATE TABLE feedback_given (
    meet_id INTEGER NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    member_id INTEGER REFERENCES members (id) ON DELETE CASCADE,
    guest_key TEXT
);
CREATE UNIQUE INDEX feedback_given_member ON feedback_given (meet_id, member_id) WHERE member_id IS NOT NULL;
CREATE UNIQUE INDEX feedback_given_guest ON feedback_given (meet_id, guest_key) WHERE guest_key IS NOT NULL;

-- Anonymous answers: no member, no guest, the day rather than the time. One
-- answer is the rows sharing a random id; WITHOUT ROWID, so rows are stored
-- in the random id's order and not in the order they came.
CREATE TABLE feedback_answers (
    id TEXT NOT NULL,
    meet_id INTEGER NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (id, question)
) WITHOUT ROWID;
CREATE INDEX feedback_answers_meet ON feedback_answers (meet_id);
