-- A sign-in attempt is kept before its password is checked, so that attempts made at the same
-- moment (on one app instance or several) count each other and cannot all pass the limit. Each
-- attempt has an id, to forget one that was refused without a check, and its moment in epoch
-- milliseconds, to count and prune by. The few rows of the old table only covered a short window.
DROP TABLE failed_sign_ins;

CREATE TABLE failed_sign_ins (
    id    VARCHAR(36)  PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    at_ms BIGINT       NOT NULL
);
CREATE INDEX failed_sign_ins_by_email ON failed_sign_ins (email, at_ms);
CREATE INDEX failed_sign_ins_by_moment ON failed_sign_ins (at_ms);
