package dev.midback.cli;

import java.io.IOException;
import java.util.OptionalInt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width of the terminal the program writes to, asked of the terminal itself (through JLine) for
 * when the shell does not pass {@code COLUMNS} on, as most do not. Empty when it cannot tell.
 */
final class TerminalSize {

    private TerminalSize() {
    }

    static OptionalInt columns() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).jni(true).exec(true).ffm(false).dumb(true)
                .graphemeCluster(false).build()) {
            int width = terminal.getWidth();
            return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
        } catch (IOException | RuntimeException | LinkageError e) {
            return OptionalInt.empty();
        }
    }
}
