-- Accounts mode: people who sign in, their sessions, and failed sign-ins (so the limit holds
-- across every app instance); plans gain an owner like journal entries and reminders.
CREATE TABLE accounts (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    VARCHAR(40)  NOT NULL
);

CREATE TABLE account_sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  VARCHAR(36) NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  VARCHAR(40) NOT NULL,
    expires_at  VARCHAR(40) NOT NULL
);
CREATE INDEX account_sessions_by_account ON account_sessions (account_id);

CREATE TABLE failed_sign_ins (
    email VARCHAR(320) NOT NULL,
    at    VARCHAR(40)  NOT NULL
);
CREATE INDEX failed_sign_ins_by_email ON failed_sign_ins (email, at);

ALTER TABLE plans ADD COLUMN owner VARCHAR(100) NOT NULL DEFAULT 'local';
CREATE INDEX plans_by_owner ON plans (owner);
