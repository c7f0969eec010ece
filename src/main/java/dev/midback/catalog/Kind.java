package dev.midback.catalog;

/** What sort of work an exercise is. */
public enum Kind implements Coded {
    MOBILITY, STRETCH, STRENGTH, POSTURE, RELEASE
}
