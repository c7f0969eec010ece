package dev.midback.catalog;

/** What a small modification does to an exercise. */
public enum Effect implements Coded {
    EASIER, HARDER, COMFORT
}
