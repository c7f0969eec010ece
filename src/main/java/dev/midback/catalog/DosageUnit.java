package dev.midback.catalog;

/** What an exercise's amount counts. */
public enum DosageUnit implements Coded {
    REPS, SECONDS, BREATHS, MINUTES
}
