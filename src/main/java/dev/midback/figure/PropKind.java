package dev.midback.figure;

import java.util.Optional;

/** The things a figure can be drawn with. */
public enum PropKind {
    TOWEL_ROLL("towel-roll", BodyPoint.UPPER_BACK, true, false),
    BLANKET_ROLL("blanket-roll", BodyPoint.UPPER_BACK, true, false),
    MAT_ROLL("mat-roll", BodyPoint.UPPER_BACK, true, false),
    MAT("mat", BodyPoint.PELVIS, false, false),
    CHAIR("chair", BodyPoint.PELVIS, true, false),
    EXERCISE_BALL("exercise-ball", BodyPoint.MID_BACK, true, false),
    FOAM_ROLLER("foam-roller", BodyPoint.MID_BACK, true, false),
    YOGA_BLOCK("yoga-block", BodyPoint.UPPER_BACK, true, true),
    BAND("band", BodyPoint.NECK, false, true),
    PULL_UP_BAR("pull-up-bar", BodyPoint.NECK, false, false),
    STICK("stick", BodyPoint.NECK, false, false),
    PLUMB_LINE("plumb-line", BodyPoint.HEAD, false, false);

    private final String key;
    private final BodyPoint defaultAt;
    private final boolean placedUnderBody;
    private final boolean hasHeight;

    PropKind(String key, BodyPoint defaultAt, boolean placedUnderBody, boolean hasHeight) {
        this.key = key;
        this.defaultAt = defaultAt;
        this.placedUnderBody = placedUnderBody;
        this.hasHeight = hasHeight;
    }

    /** The name used in figure files, e.g. {@code towel-roll}. */
    public String key() {
        return key;
    }

    /** The body point the prop sits under when the file does not say. */
    public BodyPoint defaultAt() {
        return defaultAt;
    }

    /** Whether the prop stands on the floor under a body point given by {@code at}. */
    public boolean placedUnderBody() {
        return placedUnderBody;
    }

    /** Whether {@code height} applies: how a yoga block is stood, or how high a band is anchored. */
    public boolean hasHeight() {
        return hasHeight;
    }

    public static Optional<PropKind> byKey(String key) {
        for (PropKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
