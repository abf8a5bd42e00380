-- A circle's name, summary, description and agreements in another interface
-- language, given by its coordinator; readers in that language see these.
CREATE TABLE circle_texts (
    circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    agreements TEXT NOT NULL,
    PRIMARY KEY (circle_id, lang)
);
