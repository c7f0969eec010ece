package dev.midback.safety;

/** How much the back hurts today, 0 (none) to 10 (worst imaginable), and whether the pain is sharp. */
public record PainToday(int level, boolean sharp) {

    public static final PainToday NONE = new PainToday(0, false);

    public PainToday {
        if (level < 0 || level > 10) {
            throw new IllegalArgumentException("pain is rated from 0 to 10, not " + level);
        }
    }
}
