package dev.midback.cli;

import dev.midback.store.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --db} option of the commands that read or write the journal. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: a SQLite file in your data folder).")
    String db;

    /** The URL given, or the SQLite file in the data folder; a {@link ParameterException} for any other kind. */
    String url(CommandLine cli, Path dataFolder) {
        if (db == null) {
            return DataFolder.sqliteUrl(dataFolder);
        }
        if (!db.startsWith("jdbc:sqlite:") && !db.startsWith("jdbc:postgresql:")) {
            throw new ParameterException(cli, "--db must start with jdbc:sqlite: or jdbc:postgresql:, not '" + db + "'");
        }
        return db;
    }
}
