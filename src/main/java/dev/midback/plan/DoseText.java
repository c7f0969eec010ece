package dev.midback.plan;

/**
 * An item's dose and times in words, as the routine page and the printed handout give them: "5
 * repetitions on each side, 2 times", "about 1 min 10 s".
 */
public final class DoseText {

    private DoseText() {
    }

    public static String of(RoutineItem item) {
        String unit = switch (item.unit()) {
            case REPS -> item.amount() == 1 ? "repetition" : "repetitions";
            case SECONDS -> "seconds";
            case BREATHS -> item.amount() == 1 ? "breath" : "breaths";
            case MINUTES -> item.amount() == 1 ? "minute" : "minutes";
        };
        return item.amount() + " " + unit + (item.perSide() ? " on each side" : "") + (item.sets() > 1 ? ", " + item.sets() + " times" : "");
    }

    /** Seconds as people say them: "45 s", "3 min", "9 min 40 s". */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
