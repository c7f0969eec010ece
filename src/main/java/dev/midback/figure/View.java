package dev.midback.figure;

import java.util.Locale;
import java.util.Optional;

/** Where the figure is seen from. */
public enum View {
    /** From the figure's right side: a standing figure faces right. */
    SIDE,
    /** From in front: a standing figure faces the viewer, its right hand on the left of the picture. */
    FRONT,
    /** From above: a figure lying on its back is seen face up, head to the left. */
    TOP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<View> byKey(String key) {
        for (View view : values()) {
            if (view.key().equals(key)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
