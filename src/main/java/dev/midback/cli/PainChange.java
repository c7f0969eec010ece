package dev.midback.cli;

/** Says how pain changed over a session, and whether the change is one that matters. */
final class PainChange {

    private PainChange() {
    }

    /**
     * A drop of 2 points or 30% is the smallest change people notice as real (Farrar 2001); a rise
     * of 2 or more is a reason to step back next time.
     */
    static String describe(int before, int after) {
        int change = after - before;
        if (change >= 2) {
            return "Pain before " + before + ", after " + after + ": it rose by " + change
                    + ". Next time, go gentler; if it keeps rising, see a healthcare professional.";
        }
        if (change < 0 && (-change >= 2 || before > 0 && -change * 10 >= before * 3)) {
            return "Pain before " + before + ", after " + after + ": down by " + (-change) + ", a change large enough to matter.";
        }
        if (change < 0) {
            return "Pain before " + before + ", after " + after + ": a little lower.";
        }
        return "Pain before " + before + ", after " + after + ": about the same.";
    }
}
