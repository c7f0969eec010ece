package dev.midback.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal {@code go} runs in, through JLine: its width as it is now and whenever it changes,
 * single keys while a session plays, and its own settings put back however the program ends: at the
 * end, after an error (by {@link #close}), on Ctrl-C and on {@code kill} (by a shutdown hook).
 * Ctrl-C stays a signal in single-key mode, so it always stops the program.
 */
final class LiveTerminal implements AutoCloseable {

    /** Put back the terminal's settings for single keys; never throws. */
    interface Keys extends AutoCloseable {
        @Override
        void close();
    }

    static final String SHOW_CURSOR = "\033[?25h";
    static final String HIDE_CURSOR = "\033[?25l";

    private final Terminal terminal;
    private final Attributes original;
    private final PrintStream console;
    private final Thread restoreOnExit;
    private final int fallbackWidth;
    private volatile int width;
    private final Object screen = new Object();
    private volatile boolean singleKeys;
    private boolean stopping;
    private boolean closed;
    private volatile IntConsumer onResize = w -> { };

    private LiveTerminal(Terminal terminal, PrintStream console, int fallbackWidth) {
        this.terminal = terminal;
        this.original = terminal.getAttributes();
        this.console = console;
        this.fallbackWidth = fallbackWidth;
        this.width = terminal.getWidth();
        this.restoreOnExit = new Thread(this::stoppedFromOutside, "midback-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        terminal.handle(Signal.WINCH, signal -> {
            width = terminal.getWidth();
            onResize.accept(width());
        });
        // The JVM's own Ctrl-C handling runs the shutdown hooks; asking for the default here would
        // not, as it ends the process at once, so Ctrl-C exits the ordinary way instead.
        terminal.handle(Signal.INT, signal -> System.exit(ExitCode.INTERRUPTED));
    }

    /**
     * The terminal standard input and output are attached to, or empty when there is none or no
     * way to drive it; then the session runs in plain lines.
     */
    static Optional<LiveTerminal> open(PrintStream console, int fallbackWidth) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).jni(true).exec(true).ffm(false).dumb(false)
                    .graphemeCluster(false).build();
            return Optional.of(new LiveTerminal(terminal, console, fallbackWidth));
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The width in columns, as the terminal reports it now (the given fallback when it reports none). */
    int width() {
        int columns = width;
        return columns > 0 ? columns : fallbackWidth;
    }

    /**
     * Draws on the screen unless the program is being stopped from outside, so nothing is drawn
     * after the last words; drawings never interleave.
     */
    void draw(Runnable drawing) {
        synchronized (screen) {
            if (!stopping) {
                drawing.run();
            }
        }
    }

    /** Told the new width each time the terminal is resized, on the thread the signal arrives on. */
    void onResize(IntConsumer listener) {
        onResize = listener;
    }

    /**
     * Keys arrive one at a time and are not echoed, until the returned handle is closed. Ctrl-C
     * still interrupts; output is still translated, so a line feed starts a new line.
     */
    Keys singleKeys() {
        Attributes before = terminal.getAttributes();
        Attributes keys = new Attributes(before);
        keys.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        keys.setLocalFlag(LocalFlag.ISIG, true);
        keys.setControlChar(ControlChar.VMIN, 1);
        keys.setControlChar(ControlChar.VTIME, 0);
        terminal.setAttributes(keys);
        singleKeys = true;
        return () -> {
            singleKeys = false;
            terminal.setAttributes(before);
        };
    }

    /** Puts the terminal's settings back as they were when it was opened, and lets it go; once is enough. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it puts the settings back too
        }
        try {
            terminal.setAttributes(original);
        } finally {
            try {
                terminal.close();
            } catch (IOException e) {
                // the settings are back; nothing else is left to undo
            }
        }
    }

    /** The program is ending before the session did (Ctrl-C, kill): the settings go back, and the screen says so. */
    private void stoppedFromOutside() {
        try {
            terminal.setAttributes(original);
        } catch (RuntimeException e) {
            // already closed: the settings went back with it
        }
        synchronized (screen) {
            stopping = true;
            console.print((singleKeys ? "\r\033[K" : "\n") + SHOW_CURSOR + "Stopped. This session was not saved.\n");
            console.flush();
        }
    }
}
