package dev.midback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.midback.testing.PackagedJar;
import dev.midback.testing.TerminalScreen;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code go} in a real pseudo-terminal, made by {@code script} from util-linux,
 * as a person runs it in a terminal window: single keys, one status line that fits the width, and
 * the terminal's settings exactly as they were afterwards, however the session ends.
 */
class TerminalIT {

    /** A status line: the seconds left in the hold, and the time left in the whole. */
    private static final Pattern STATUS = Pattern.compile("\\d+s \u00b7 \\d+:\\d\\d left");

    @TempDir
    Path home;

    @Test
    void ctrlCInTheMiddleOfASessionGivesTheTerminalBackAsItWas() throws Exception {
        Pty go = Pty.start(home, 40);
        go.await("hurt right now");
        go.type("3\n");
        go.await(" left");
        go.type("\003");
        go.finish();
        assertThat(go.exitStatus()).isEqualTo("130");
        assertThat(go.settingsAfter()).as("stty -g after Ctrl-C").isEqualTo(go.settingsBefore());
        TerminalScreen screen = new TerminalScreen(40).feed(go.output());
        assertThat(screen.overflows()).as("characters past the 40th column:\n" + go.output()).isZero();
        assertThat(screen.rows()).noneMatch(row -> STATUS.matcher(row).find());
        assertThat(screen.rows()).contains("Cat-cow", "Stopped. This session was not saved.");
    }

    @Test
    void killInTheMiddleOfASessionGivesTheTerminalBackAsItWas() throws Exception {
        Pty go = Pty.start(home, 100);
        go.await("hurt right now");
        go.type("3\n");
        go.await(" left");
        go.midback().destroy();
        go.finish();
        assertThat(go.exitStatus()).isEqualTo("143");
        assertThat(go.settingsAfter()).as("stty -g after kill").isEqualTo(go.settingsBefore());
        assertThat(new TerminalScreen(100).feed(go.output()).rows()).contains("Stopped. This session was not saved.");
    }

    @Test
    void singleKeysPauseSkipAndQuitThenTheSessionIsSavedAndTheTerminalIsAsItWas() throws Exception {
        Pty go = Pty.start(home, 40);
        go.await("hurt right now");
        go.type("3\n");
        go.await(" left");
        go.type(" ");
        go.await("PAUSED");
        go.type(" s");
        go.await("Skipped.");
        go.type("q");
        go.await("hurt now");
        go.type("1\n");
        go.finish();
        assertThat(go.exitStatus()).as(go.output()).isEqualTo("0");
        assertThat(go.settingsAfter()).isEqualTo(go.settingsBefore());
        TerminalScreen screen = new TerminalScreen(40).feed(go.output());
        assertThat(screen.overflows()).as("characters past the 40th column:\n" + go.output()).isZero();
        assertThat(screen.rows()).noneMatch(row -> STATUS.matcher(row).find())
                .contains("Skipped.", "Stopped early.").anyMatch(row -> row.startsWith("Saved in your journal"));
    }

    /** {@code midback go} in a pseudo-terminal of a given width, its settings recorded before and after. */
    private static final class Pty {
        private final Process script;
        private final Path folder;
        private final StringBuffer seen = new StringBuffer();

        private Pty(Process script, Path folder) {
            this.script = script;
            this.folder = folder;
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try (InputStream in = script.getInputStream()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the terminal closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Pty start(Path folder, int columns) throws IOException {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                    "script (util-linux) is not installed; skipping the checks in a pseudo-terminal");
            String go = PackagedJar.line(List.of("go", "--minutes", "5", "--place", "floor", "--speed", "10")).stream()
                    .map(word -> "'" + word + "'").collect(Collectors.joining(" "));
            // The shell ignores Ctrl-C itself (a trap, which its children do not inherit), so it can
            // record the settings after midback has gone.
            String shell = "stty cols " + columns + " rows 30; stty -g > before; trap : INT; " + go
                    + "; echo $? > status; stty -g > after";
            ProcessBuilder builder = new ProcessBuilder("script", "-q", "-e", "-c", shell, "/dev/null")
                    .directory(folder.toFile()).redirectErrorStream(true);
            builder.environment().put("MIDBACK_HOME", folder.resolve("data").toString());
            builder.environment().put("TERM", "xterm");
            return new Pty(builder.start(), folder);
        }

        /** Waits for the text to appear on the terminal; fails if the session ends first. */
        void await(String text) throws InterruptedException {
            for (int tries = 0; tries < 1200 && seen.indexOf(text) < 0; tries++) {
                if (!script.isAlive() && seen.indexOf(text) < 0) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(seen.toString()).as("waiting for '%s'", text).contains(text);
        }

        void type(String keys) throws IOException {
            OutputStream in = script.getOutputStream();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** The midback process itself, under the shell that script started. */
        ProcessHandle midback() {
            return script.toHandle().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst()
                    .orElseThrow(() -> new AssertionError("no midback process under script"));
        }

        void finish() throws Exception {
            try {
                assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("the session ended:\n" + seen).isTrue();
            } finally {
                script.destroyForcibly();
                script.getOutputStream().close();
            }
        }

        String output() {
            return seen.toString();
        }

        String exitStatus() throws IOException {
            return Files.readString(folder.resolve("status")).strip();
        }

        String settingsBefore() throws IOException {
            return Files.readString(folder.resolve("before")).strip();
        }

        String settingsAfter() throws IOException {
            return Files.readString(folder.resolve("after")).strip();
        }
    }
}
