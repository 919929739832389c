-- Saathi schema, version 3: the languages each person reads and hears, most preferred
-- first (BCP 47 codes, comma-separated). Speaking a language is not reading it, so the
-- two chains are kept apart: text "bn,en-GB", audio "syl,bn,en-GB".
CREATE TABLE person_languages (
    person_id INTEGER PRIMARY KEY REFERENCES person (id),
    text      TEXT NOT NULL,
    audio     TEXT NOT NULL
);
