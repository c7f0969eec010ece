package dev.midback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.midback.testing.PackagedJar;
import dev.midback.testing.TestDatabases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a person runs it: {@code java -jar target/midback.jar ...}. */
class JarIT {


    @TempDir
    Path home;

    @Test
    void listsAndShowsExercises() throws Exception {
        Result list = run("exercises");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("cat-cow", "thread-the-needle");
        Result show = run("show", "camel-cow");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Cat-cow");
        Result unknown = run("show", "nothing-like-it");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines().count()).isEqualTo(1);
    }

    @Test
    void servesFromAnSqliteFileItCreatesInTheDataFolder() throws Exception {
        Path data = home.resolve("data");
        assertThat(data).doesNotExist();
        String health = serveAndGetHealth(List.of());
        assertThat(health).contains("\"status\":\"up\"", "\"dialect\":\"sqlite\"");
        assertThat(data.resolve("midback.db")).isRegularFile();
    }

    @Test
    void sqlitesNativeLibraryIsUnpackedOnceIntoTheDataFolderAndReused() throws Exception {
        serveAndGetHealth(List.of());
        Path native_ = home.resolve("data/native");
        List<Path> libraries;
        try (var files = Files.walk(native_)) {
            libraries = files.filter(f -> f.getFileName().toString().contains("sqlitejdbc")).toList();
        }
        assertThat(libraries).singleElement().satisfies(lib -> assertThat(lib).isRegularFile());
        var unpacked = Files.getLastModifiedTime(libraries.get(0));
        serveAndGetHealth(List.of());
        assertThat(Files.getLastModifiedTime(libraries.get(0))).isEqualTo(unpacked);
    }

    @Test
    void theLauncherStartsTheBuiltJarWithTheClassDataArchiveBesideIt() throws Exception {
        assertThat(Path.of("target/midback.jsa")).as("the archive recorded by the build").isRegularFile();
        ProcessBuilder launcher = new ProcessBuilder("bash", "midback", "show", "cat-camel");
        launcher.environment().put("MIDBACK_HOME", home.resolve("data").toString());
        Path out = Files.createTempFile(home, "launcher", ".txt");
        Process process = launcher.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(out)).contains("Cat-cow").doesNotContain("warning", "error");
    }

    @Test
    void servesFromPostgresql() throws Exception {
        String url = TestDatabases.fresh("postgresql", home, "jar-test");
        assertThat(serveAndGetHealth(List.of("--db", url))).contains("\"dialect\":\"postgresql\"");
    }

    @Test
    void guidesASessionThroughAPipe() throws Exception {
        ProcessBuilder builder = PackagedJar.command(home.resolve("data"), List.of("go", "--minutes", "2",
                "--place", "floor", "--speed", "100"));
        builder.redirectErrorStream(true);
        Process go = builder.start();
        StringBuilder seen = new StringBuilder();
        try (var in = new BufferedReader(new InputStreamReader(go.getInputStream(), StandardCharsets.UTF_8));
             var typed = go.getOutputStream()) {
            readUntil(in, seen, "hurt right now");
            typed.write("3\n".getBytes(StandardCharsets.UTF_8));
            typed.flush();
            readUntil(in, seen, "hurt now");
            typed.write("1\n".getBytes(StandardCharsets.UTF_8));
            typed.flush();
            in.lines().forEach(line -> seen.append(line).append('\n'));
        }
        assertThat(go.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(go.exitValue()).as(seen.toString()).isZero();
        assertThat(seen.toString()).contains("Breathe in", "Breathe out", "Done.", "Pain before 3, after 1")
                .doesNotContain("\u001b[");
    }

    private static void readUntil(BufferedReader in, StringBuilder seen, String text) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            seen.append((char) c);
            line.append((char) c);
            if (c == '\n') {
                line.setLength(0);
            } else if (line.toString().contains(text)) {
                return;
            }
        }
        throw new AssertionError("the session ended before asking '" + text + "':\n" + seen);
    }

    private String serveAndGetHealth(List<String> extra) throws Exception {
        Process server = PackagedJar.serve(home.resolve("data"), extra);
        try {
            String base = PackagedJar.address(server);
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "exercises/bridge")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<h1>Bridge</h1>");
            return response.body();
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Result run(String... args) throws Exception {
        ProcessBuilder builder = PackagedJar.command(home.resolve("data"), List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int code, String out, String err) {
    }
}
