package dev.midback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core stays pure: no web, SQL, console, command line or system clock in it. */
class ArchitectureTest {

    private static final List<String> FORBIDDEN = List.of(
            "import io.javalin", "import gg.jte", "import picocli", "import java.sql", "import javax.sql",
            "import org.jdbi", "import org.flywaydb", "import com.zaxxer",
            "System.out", "System.err", "System.in", "System.getenv", "System.currentTimeMillis",
            "Instant.now()", "LocalDate.now()", "LocalDateTime.now()", "ZonedDateTime.now()", "Clock.systemUTC()",
            "import dev.midback.web", "import dev.midback.cli", "import dev.midback.store");

    @ParameterizedTest
    @ValueSource(strings = {"text", "input", "catalog", "figure", "safety", "plan", "session", "reminder", "journal", "export"})
    void corePackageUsesNothingImpure(String pkg) throws IOException {
        Path folder = Path.of("src/main/java/dev/midback", pkg);
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    for (String bad : FORBIDDEN) {
                        if (line.contains(bad)) {
                            offences.add(file + ":" + (i + 1) + ": " + bad);
                        }
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli", "web"})
    void facesDoNotReachIntoEachOther(String pkg) throws IOException {
        String other = pkg.equals("cli") ? "web" : "cli";
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/midback", pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import dev.midback." + other + ".");
            }
        }
    }

    /**
     * Each feature of the web face is a room of its own: it uses the shared HTTP and view parts and
     * the core, never another feature's handlers or pages; and the shared parts use no feature.
     */
    @ParameterizedTest
    @ValueSource(strings = {"catalog", "plan", "journal", "progress", "reminder", "account", "http", "view"})
    void webFeaturesDoNotImportEachOther(String feature) throws IOException {
        List<String> features = List.of("catalog", "plan", "journal", "progress", "reminder", "account");
        Path folder = Path.of("src/main/java/dev/midback/web", feature);
        assertThat(folder).isDirectory();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String other : features) {
                        if (!other.equals(feature) && line.startsWith("import dev.midback.web." + other + ".")) {
                            offences.add(file + ": " + line);
                        }
                    }
                    if (line.startsWith("import dev.midback.web.") && line.split("\\.").length == 4) {
                        offences.add(file + ": " + line + " (the web root composes the features; features do not use it)");
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
