package dev.midback.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.midback.store.DataFolder;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

/** The two databases store tests run against: an SQLite file, and PostgreSQL when one answers. */
public final class TestDatabases {

    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDatabases() {
    }

    public static Stream<String> kinds() {
        return Stream.of("sqlite", "postgresql");
    }

    public static boolean postgresReachable() {
        try (var connection = DriverManager.getConnection(POSTGRES)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A JDBC URL of a fresh database of that kind: a new SQLite file in the folder, or a new
     * PostgreSQL schema (skipping the test with one line when PostgreSQL does not answer).
     */
    public static String fresh(String kind, Path folder, String name) throws SQLException {
        if (kind.equals("sqlite")) {
            return DataFolder.sqliteUrl(folder.resolve(name));
        }
        assumeTrue(postgresReachable(), "PostgreSQL is not reachable at 127.0.0.1:5432; skipping the PostgreSQL case");
        String schema = "midback_" + name.replace('-', '_');
        try (var connection = DriverManager.getConnection(POSTGRES); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        return POSTGRES + "&currentSchema=" + schema;
    }
}
