package dev.midback.catalog;

/** How much experience an exercise asks for. */
public enum Level implements Coded {
    BEGINNER, INTERMEDIATE, ADVANCED
}
