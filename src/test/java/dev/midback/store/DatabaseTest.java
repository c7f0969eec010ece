package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database creates it and applies the migrations, on SQLite and on PostgreSQL. */
class DatabaseTest {


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
        try (Database db = Database.open(TestDatabases.fresh("postgresql", folder, "database-test"))) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.isHealthy()).isTrue();
        }
    }

    @Test
    void theSchemaVersionIsTheNewestMigrationShipped() throws Exception {
        int newest = 0;
        // SQL migrations, and those written in Java where the two databases need different words.
        for (String folder : List.of("src/main/resources/db/migration", "src/main/java/db/migration")) {
            try (var files = java.nio.file.Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.(sql|java)").matcher(file.getFileName().toString());
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION must name the newest migration").isEqualTo(newest);
    }

    @Test
    void aCurrentDatabaseIsOpenedWithoutMigratingAgainAndAnOlderOneIsBroughtUpToDate() {
        String url = DataFolder.sqliteUrl(folder);
        org.sqlite.SQLiteDataSource plain = new org.sqlite.SQLiteDataSource();
        plain.setUrl(url);
        org.flywaydb.core.Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("1").load().migrate();
        assertThat(Database.installedVersion(plain)).isEqualTo(1);
        try (Database upgraded = Database.open(url)) {
            assertThat(upgraded.isHealthy()).isTrue();
        }
        assertThat(Database.installedVersion(plain)).isEqualTo(Database.SCHEMA_VERSION);
        int applied = org.jdbi.v3.core.Jdbi.create(plain).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one());
        try (Database again = Database.open(url)) {
            assertThat(again.isHealthy()).isTrue();
        }
        int after = org.jdbi.v3.core.Jdbi.create(plain).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one());
        assertThat(after).isEqualTo(applied);
    }
}
