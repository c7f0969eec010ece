package dev.midback.cli;

/** The exit statuses people and scripts rely on. */
final class ExitCode {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int SCREENING_STOP = 3;

    private ExitCode() {
    }
}
