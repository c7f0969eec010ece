-- A secret address per owner for the calendar feed, so calendar apps can subscribe without signing in.
CREATE TABLE calendar_feeds (
    owner VARCHAR(100) PRIMARY KEY,
    token VARCHAR(64)  NOT NULL UNIQUE
);
