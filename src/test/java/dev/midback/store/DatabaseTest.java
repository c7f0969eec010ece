package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database creates it and applies the migrations, on SQLite and on PostgreSQL. */
class DatabaseTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @TempDir
    Path folder;

    @Test
    void sqliteFileIsCreatedOnFirstOpenAndMigrated() {
        Path nested = folder.resolve("new/folder");
        assertThat(nested).doesNotExist();
        try (Database db = Database.open(DataFolder.sqliteUrl(nested.getParent().resolve("folder")))) {
            assertThat(db.isHealthy()).isTrue();
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            List<String> journal = db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).list());
            assertThat(journal).containsExactly("wal");
        }
        assertThat(nested.resolve("midback.db")).isRegularFile();
    }

    @Test
    void reopeningKeepsWhatWasWritten() {
        String url = DataFolder.sqliteUrl(folder);
        try (Database db = Database.open(url)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO app_info (name, value) VALUES ('first-run', 'yes')"));
        }
        try (Database db = Database.open(url)) {
            String value = db.jdbi().withHandle(h -> h.createQuery("SELECT value FROM app_info WHERE name = 'first-run'")
                    .mapTo(String.class).one());
            assertThat(value).isEqualTo("yes");
        }
    }

    @Test
    void urlOfAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql");
    }

    @Test
    void postgresqlIsMigratedToo() throws Exception {
        assumeTrue(postgresReachable(), "PostgreSQL is not reachable at 127.0.0.1:5432; skipping the PostgreSQL check");
        try (var connection = DriverManager.getConnection(POSTGRES)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS midback_test CASCADE");
            connection.createStatement().execute("CREATE SCHEMA midback_test");
        }
        try (Database db = Database.open(POSTGRES + "&currentSchema=midback_test")) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.isHealthy()).isTrue();
        }
    }

    static boolean postgresReachable() {
        try (var connection = DriverManager.getConnection(POSTGRES)) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
