package dev.midback.plan;

/** An item's dose in words, as the routine page and the printed handout give it: "5 repetitions on each side, 2 times". */
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
}
