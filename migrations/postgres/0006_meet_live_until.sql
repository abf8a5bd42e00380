-- When a live meet's room closes itself (Unix seconds): a grace period
-- after the meet's planned end, later for a room opened late. Start-up
-- ends meets still `live` past this time (their server stopped without
-- ending them); before it, the meet may be live on another instance.
ALTER TABLE meets ADD COLUMN live_until BIGINT;
