package dev.midback.figure;

/** The colours of the pictures, chosen to stand out on white (every line at least 3:1 against it). */
final class Palette {

    static final String TORSO = "#334155";
    static final String NEAR_LIMB = "#1e293b";
    static final String FAR_LIMB = "#7c8a9e";
    static final String HALO = "#ffffff";
    static final String FLOOR_LINE = "#64748b";
    static final String FLOOR_FILL = "#eef2f6";
    static final String LABEL = "#334155";

    private Palette() {
    }

    /** The outline colour of a prop. */
    static String stroke(PropKind kind) {
        return switch (kind) {
            case TOWEL_ROLL, BLANKET_ROLL, MAT_ROLL -> "#a4553a";
            case MAT -> "#5a7a48";
            case CHAIR -> "#7a5536";
            case EXERCISE_BALL -> "#2f7f78";
            case FOAM_ROLLER -> "#3f6597";
            case YOGA_BLOCK -> "#6e56a8";
            case BAND -> "#c2410c";
            case PULL_UP_BAR -> "#4b5563";
            case PLUMB_LINE -> "#b45309";
        };
    }

    /** The fill colour of a prop. */
    static String fill(PropKind kind) {
        return switch (kind) {
            case TOWEL_ROLL, BLANKET_ROLL, MAT_ROLL -> "#efcbbb";
            case MAT -> "#b9d0a8";
            case CHAIR -> "#a9825f";
            case EXERCISE_BALL -> "#cfe8e4";
            case FOAM_ROLLER -> "#c6d7ec";
            case YOGA_BLOCK -> "#dcd2f0";
            case BAND, PLUMB_LINE -> "none";
            case PULL_UP_BAR -> "#6b7280";
        };
    }
}
