package dev.midback.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a person types during a session, read on a background thread: single keys in a raw
 * terminal, or lines in a pipe. Space or p pauses and resumes, s skips, w swaps, h means
 * "this hurts", q quits.
 */
final class Controls {

    enum Command { PAUSE, SKIP, SWAP, HURTS, QUIT, END_OF_INPUT }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final InputStream in;
    private volatile boolean listening;

    Controls(InputStream in) {
        this.in = in;
        Thread reader = new Thread(this::read, "midback-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /** From now on, keys are commands; before, whole lines are answers. */
    void listen(boolean on) {
        listening = on;
    }

    Optional<Command> poll(long millis) throws InterruptedException {
        return Optional.ofNullable(commands.poll(Math.max(0, millis), TimeUnit.MILLISECONDS));
    }

    /** The next line typed, or empty when the input has ended. */
    Optional<String> line() throws InterruptedException {
        String line = lines.take();
        return line == END ? Optional.empty() : Optional.of(line);
    }

    private static final String END = new String("end of input");

    private void read() {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (listening) {
                    command((char) c);
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    if (c == '\n' || line.length() > 0) {
                        lines.add(line.toString().strip());
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the input is gone; treat it as ended
        }
        lines.add(END);
        commands.add(Command.END_OF_INPUT);
    }

    private void command(char key) {
        switch (Character.toLowerCase(key)) {
            case ' ', 'p' -> commands.add(Command.PAUSE);
            case 's' -> commands.add(Command.SKIP);
            case 'w' -> commands.add(Command.SWAP);
            case 'h' -> commands.add(Command.HURTS);
            case 'q' -> commands.add(Command.QUIT);
            default -> { }
        }
    }
}
