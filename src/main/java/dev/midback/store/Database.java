package dev.midback.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind the app: an SQLite file by default, PostgreSQL for a shared server. Opening
 * it applies the migrations; closing it releases the connections.
 */
public final class Database implements AutoCloseable {

    /**
     * The version of the newest migration in {@code db/migration}; when the database already has
     * it, opening skips Flyway altogether (a test keeps this in step with the files).
     */
    static final int SCHEMA_VERSION = 8;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the database at a JDBC URL ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}) and migrates it. */
    public static Database open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("midback");
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl);
            config.setMaximumPoolSize(1);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("busy_timeout", "5000");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("foreign_keys", "true");
        } else {
            config.setMaximumPoolSize(8);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            if (installedVersion(dataSource) < SCHEMA_VERSION) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, dialect);
    }

    /**
     * The newest migration applied to this database, from Flyway's own history table; 0 for a new
     * database, or when the history cannot be read (then Flyway looks for itself).
     */
    static int installedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                     + (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("sqlite") ? "1" : "TRUE")
                     + " AND version IS NOT NULL")) {
            int newest = 0;
            while (rows.next()) {
                String version = rows.getString(1);
                if (version.matches("\\d{1,9}")) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest;
        } catch (SQLException e) {
            return 0;
        }
    }

    private static void createParentFolder(String sqliteUrl) {
        String file = sqliteUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + parent + " for the database", e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True when a query goes through and the schema is in place. */
    public boolean isHealthy() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_info").mapTo(Integer.class).one()) >= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
