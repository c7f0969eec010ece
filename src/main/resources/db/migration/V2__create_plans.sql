-- Planned routines, kept so that a link to one (and its timeline) works after a restart.
CREATE TABLE plans (
    id         VARCHAR(36) PRIMARY KEY,
    created_at VARCHAR(40) NOT NULL,
    request    TEXT        NOT NULL,
    routine    TEXT        NOT NULL
);
