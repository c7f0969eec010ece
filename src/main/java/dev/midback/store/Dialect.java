package dev.midback.store;

/** The two databases Midback runs on. */
public enum Dialect {
    SQLITE, POSTGRESQL;

    /** The dialect of a JDBC URL; anything else is refused. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("not an SQLite or PostgreSQL JDBC URL: " + jdbcUrl);
    }
}
