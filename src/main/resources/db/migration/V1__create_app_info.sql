-- Facts about this database itself, such as the catalog version it was last opened with.
CREATE TABLE app_info (
    name  VARCHAR(100) PRIMARY KEY,
    value VARCHAR(400) NOT NULL
);
