package dev.midback.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a person's data lives by default, following each system's convention. */
public final class DataFolder {

    private DataFolder() {
    }

    /**
     * The folder for Midback's data: {@code $MIDBACK_HOME} when set; else on Linux
     * {@code $XDG_DATA_HOME/midback} or {@code ~/.local/share/midback}; on macOS
     * {@code ~/Library/Application Support/Midback}; on Windows {@code %APPDATA%\Midback}.
     */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String own = env.get("MIDBACK_HOME");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Midback") : home.resolve("AppData/Roaming/Midback");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Midback");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "midback") : home.resolve(".local/share/midback");
    }

    /** The JDBC URL of the SQLite file in that folder. */
    public static String sqliteUrl(Path folder) {
        return "jdbc:sqlite:" + folder.resolve("midback.db").toAbsolutePath();
    }
}
