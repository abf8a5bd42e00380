-- How an online circle meets: 'text' (the text room only) or 'voice' (a
-- call beside the text room, on the organisation's own media server).
ALTER TABLE circles ADD COLUMN call_format TEXT NOT NULL DEFAULT 'text';
