package dev.midback.catalog;

/** A body region an exercise works. */
public enum Region implements Coded {
    NECK, SHOULDERS, CHEST, UPPER_BACK, MID_BACK, LOWER_BACK, HIPS
}
