-- The rota: who leads each meet and, where the circle asks for one, who
-- co-facilitates it; and "I need cover" until someone takes it over.
ALTER TABLE circles ADD COLUMN needs_co_facilitator BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE meet_rota (
    meet_id BIGINT NOT NULL REFERENCES meets (id) ON DELETE CASCADE,
    -- lead | co
    role TEXT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- Set while the holder has said they cannot make it.
    cover_asked_at BIGINT,
    -- Who asked for the cover this holder gave, and when they took it over.
    covered_for BIGINT REFERENCES members (id) ON DELETE SET NULL,
    covered_at BIGINT,
    PRIMARY KEY (meet_id, role)
);
CREATE INDEX meet_rota_member ON meet_rota (member_id);
