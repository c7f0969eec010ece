package dev.midback.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in a folder of the app's own so it is unpacked once rather than on
 * every start: the driver then loads it from there ({@code org.sqlite.lib.path}). If anything
 * goes wrong the driver is left to unpack it as it always does.
 */
public final class NativeSqlite {

    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";

    private NativeSqlite() {
    }

    /** Points the driver at the library kept under {@code folder}, unpacking it there first if need be. */
    public static void useKeptCopy(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String resourceFolder = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = resourceFolder + "/" + name;
        try {
            Path kept = folder.resolve("sqlite-" + driverVersion()).resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
            Path library = kept.resolve(name);
            if (!Files.isRegularFile(library)) {
                try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(kept);
                    Path part = Files.createTempFile(kept, name, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty(PATH_PROPERTY, kept.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            System.clearProperty(PATH_PROPERTY);
            System.clearProperty(NAME_PROPERTY);
        }
    }

    private static String driverVersion() throws IOException {
        Properties version = new Properties();
        try (InputStream in = NativeSqlite.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")) {
            if (in != null) {
                version.load(in);
            }
        }
        String v = version.getProperty("version", "unknown");
        if (!v.matches("[0-9A-Za-z.\\-]{1,40}")) {
            throw new IOException("unexpected driver version " + v);
        }
        return v;
    }
}
