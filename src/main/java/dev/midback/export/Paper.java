package dev.midback.export;

import java.util.Locale;
import java.util.Optional;

/** The paper a handout is laid out for: A4 (the default) or US Letter. */
public enum Paper {
    A4("a4", "A4"),
    LETTER("letter", "letter");

    private final String id;
    private final String cssSize;

    Paper(String id, String cssSize) {
        this.id = id;
        this.cssSize = cssSize;
    }

    /** How it is named in an address or an option: {@code a4}, {@code letter}. */
    public String id() {
        return id;
    }

    String cssSize() {
        return cssSize;
    }

    /** The paper of that name, whatever the case; empty for any other. */
    public static Optional<Paper> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Paper paper : values()) {
            if (paper.id.equals(wanted)) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
