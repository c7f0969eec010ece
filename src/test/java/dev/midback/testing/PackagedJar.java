package dev.midback.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar run as a separate process, as a person runs it, with its data in a folder of the test's. */
public final class PackagedJar {

    private static final Path JAR = Path.of("target/midback.jar");
    private static final Pattern LISTENING = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+/)");

    private PackagedJar() {
    }

    /** {@code java -jar target/midback.jar ARGS} with {@code MIDBACK_HOME} set to the data folder. */
    public static ProcessBuilder command(Path dataFolder, List<String> args) {
        ProcessBuilder builder = new ProcessBuilder(line(args));
        builder.environment().put("MIDBACK_HOME", dataFolder.toString());
        return builder;
    }

    /** The words of {@code java -jar target/midback.jar ARGS}, the jar by its full path. */
    public static List<String> line(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        return command;
    }

    /** A {@code serve} process on a free port, its output discarded. */
    public static Process serve(Path dataFolder, List<String> extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(extra);
        return command(dataFolder, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The address a serving process says it listens at; what it logs afterwards is drained. */
    public static String address(Process server) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server stopped before listening:\n" + seen);
    }
}
