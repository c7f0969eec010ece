package dev.midback.safety;

import java.util.Locale;

/** What the screening allows: a routine, a gentle routine with advice, or none at all. */
public enum Verdict {
    GO, CAUTION, STOP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
