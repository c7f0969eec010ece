package dev.midback.catalog;

/** The body position an exercise is done in; a desk allows only standing and seated-chair. */
public enum Position implements Coded {
    STANDING, SEATED_CHAIR, SEATED_FLOOR, KNEELING, ALL_FOURS, PRONE, SUPINE, SIDE_LYING, ON_BALL
}
