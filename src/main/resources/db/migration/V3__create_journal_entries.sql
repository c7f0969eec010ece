-- Sessions a person did: one row each, the exercises as JSON text.
CREATE TABLE journal_entries (
    id               VARCHAR(36)  NOT NULL,
    owner            VARCHAR(100) NOT NULL,
    at               VARCHAR(40)  NOT NULL,
    plan_id          VARCHAR(36),
    items            TEXT         NOT NULL,
    pain_before      INTEGER      NOT NULL,
    pain_after       INTEGER,
    stiffness        INTEGER,
    notes            TEXT         NOT NULL,
    stopped_for_pain INTEGER      NOT NULL,
    PRIMARY KEY (owner, id)
);
CREATE INDEX journal_entries_by_time ON journal_entries (owner, at);
