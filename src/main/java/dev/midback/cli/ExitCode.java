package dev.midback.cli;

/** The exit statuses people and scripts rely on. */
final class ExitCode {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int SCREENING_STOP = 3;
    /** Stopped with Ctrl-C, as shells count it: 128 plus the signal's number. */
    static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
