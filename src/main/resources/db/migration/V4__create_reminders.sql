-- Weekly reminders: a session or desk break on some days at a time of day in a time zone.
CREATE TABLE reminders (
    id         VARCHAR(36)  NOT NULL,
    owner      VARCHAR(100) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    days       VARCHAR(40)  NOT NULL,
    at_time    VARCHAR(5)   NOT NULL,
    time_zone  VARCHAR(100) NOT NULL,
    label      VARCHAR(400) NOT NULL,
    enabled    INTEGER      NOT NULL,
    created_at VARCHAR(40)  NOT NULL,
    changed_at VARCHAR(40)  NOT NULL,
    PRIMARY KEY (owner, id)
);
