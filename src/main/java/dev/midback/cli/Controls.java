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
 * "this hurts", q quits. Any other line is kept as an answer for the next question.
 */
final class Controls {

    enum Command { PAUSE, SKIP, SWAP, HURTS, QUIT, END_OF_INPUT }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final InputStream in;
    private final boolean singleKeys;
    private volatile boolean listening;

    Controls(InputStream in, boolean singleKeys) {
        this.in = in;
        this.singleKeys = singleKeys;
        Thread reader = new Thread(this::read, "midback-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /** From now on, keys are commands; before, whole lines are answers. Commands typed ahead count once listening. */
    void listen(boolean on) {
        listening = on;
        if (on) {
            lines.removeIf(line -> line != END && line.length() == 1 && command(line.charAt(0)));
        }
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
                if (listening && singleKeys) {
                    if (c == ESCAPE) {
                        skipSequence();
                    } else {
                        command((char) c);
                    }
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    if (c == '\n' || line.length() > 0) {
                        finish(line.toString());
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

    private static final int ESCAPE = 27;

    /**
     * An arrow or function key sends Escape and a few more characters at once (F1 ends in P); they
     * are read past, so that no part of them counts as a key. A lone Escape arrives alone.
     */
    private void skipSequence() throws IOException {
        if (in.available() == 0) {
            return;
        }
        int introducer = in.read();
        if (introducer != '[' && introducer != 'O') {
            return;
        }
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (introducer == 'O' || c >= 0x40 && c <= 0x7e) {
                return;
            }
        }
    }

    private void finish(String line) {
        String word = line.strip();
        if (listening && (word.isEmpty() || word.length() == 1 && command(word.charAt(0)))) {
            return;
        }
        if (!word.isEmpty() || !listening) {
            lines.add(word);
        }
    }

    /** Queues the command of a key; false when the key means nothing. */
    private boolean command(char key) {
        Command command = switch (Character.toLowerCase(key)) {
            case ' ', 'p' -> Command.PAUSE;
            case 's' -> Command.SKIP;
            case 'w' -> Command.SWAP;
            case 'h' -> Command.HURTS;
            case 'q' -> Command.QUIT;
            default -> null;
        };
        if (command != null) {
            commands.add(command);
        }
        return command != null;
    }
}
