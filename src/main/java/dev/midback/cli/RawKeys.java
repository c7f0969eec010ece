package dev.midback.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Switches a real terminal to single-key input (no Enter needed, no echo) for the length of a
 * session, through {@code stty}, and back again afterwards.
 */
final class RawKeys implements AutoCloseable {

    private final String saved;

    private RawKeys(String saved) {
        this.saved = saved;
    }

    /** Raw keys on the terminal, or null when there is no terminal to switch. */
    static RawKeys enable() {
        try {
            String saved = stty("-g").strip();
            stty("-icanon -echo min 1");
            return new RawKeys(saved);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    @Override
    public void close() {
        try {
            stty(saved);
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String stty(String args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("stty failed: " + out);
        }
        return out;
    }
}
