package dev.midback.figure;

import java.util.Locale;
import java.util.Optional;

/** How a yoga block is stood (on its broad, long or short side), or how high a band is anchored (ankle, chest, overhead). */
public enum PropHeight {
    LOW, MIDDLE, HIGH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PropHeight> byKey(String key) {
        for (PropHeight height : values()) {
            if (height.key().equals(key)) {
                return Optional.of(height);
            }
        }
        return Optional.empty();
    }
}
