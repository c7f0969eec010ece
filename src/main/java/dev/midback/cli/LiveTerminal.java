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

    private final Terminal terminal;
    private final Attributes original;
    private final PrintStream console;
    private final Thread restoreOnExit;
    private final int fallbackWidth;
    private final Object screen = new Object();
    private volatile int width;
    private volatile Attributes keys;
    private volatile IntConsumer onResize = w -> { };
    private boolean stopping;
    private boolean closed;

    private LiveTerminal(Terminal terminal, PrintStream console, int fallbackWidth) {
        this.terminal = terminal;
        this.original = terminal.getAttributes();
        this.console = console;
        this.fallbackWidth = fallbackWidth;
        this.width = terminal.getWidth();
        this.restoreOnExit = new Thread(this::stoppedFromOutside, "midback-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        terminal.handle(Signal.WINCH, signal -> redraw());
        // After Ctrl-Z the shell put its own settings back; on fg, single keys come back too.
        terminal.handle(Signal.CONT, signal -> {
            Attributes wanted = keys;
            if (wanted != null) {
                terminal.setAttributes(wanted);
            }
            redraw();
        });
        // The JVM's own Ctrl-C handling runs the shutdown hooks; asking for the default here would
        // not, as it ends the process at once, so Ctrl-C exits the ordinary way instead.
        terminal.handle(Signal.INT, signal -> System.exit(ExitCode.INTERRUPTED));
    }

    /**
     * The terminal standard input and output are attached to, or empty when there is none, no way
     * to drive it, or it says it cannot move the cursor ({@code TERM=dumb}); then the session runs
     * in plain lines.
     */
    static Optional<LiveTerminal> open(PrintStream console, int fallbackWidth) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).jni(true).exec(true).ffm(false).dumb(false)
                    .graphemeCluster(false).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            try {
                terminal.close();
            } catch (IOException e) {
                // it took nothing over
            }
            return Optional.empty();
        }
        return Optional.of(new LiveTerminal(terminal, console, fallbackWidth));
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

    private void redraw() {
        width = terminal.getWidth();
        onResize.accept(width());
    }

    /** Told the new width each time the terminal is resized or the program goes on after a stop, on the signal's thread. */
    void onResize(IntConsumer listener) {
        onResize = listener;
    }

    /**
     * Keys arrive one at a time and are not echoed, until the returned handle is closed. Ctrl-C
     * still interrupts; output is still translated, so a line feed starts a new line.
     */
    Keys singleKeys() {
        Attributes before = terminal.getAttributes();
        Attributes single = new Attributes(before);
        single.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        single.setLocalFlag(LocalFlag.ISIG, true);
        single.setControlChar(ControlChar.VMIN, 1);
        single.setControlChar(ControlChar.VTIME, 0);
        terminal.setAttributes(single);
        keys = single;
        return () -> {
            keys = null;
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
            console.print((keys != null ? "\r\033[K" : "\n") + "Stopped. This session was not saved.\n");
            console.flush();
        }
    }
}
