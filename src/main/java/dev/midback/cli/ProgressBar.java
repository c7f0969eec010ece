package dev.midback.cli;

/** A text progress bar: {@code [#####.....]}. */
final class ProgressBar {

    private ProgressBar() {
    }

    static String of(double fraction, int width) {
        double clamped = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(clamped * width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
