package dev.midback.catalog;

/** The spinal movement an exercise trains. */
public enum Movement implements Coded {
    EXTENSION, FLEXION, ROTATION, SIDE_BEND, NECK
}
