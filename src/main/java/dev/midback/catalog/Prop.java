package dev.midback.catalog;

/** Something a person may own that an exercise needs or uses. */
public enum Prop implements Coded {
    MAT, BLANKET, TOWEL, CHAIR, YOGA_BLOCKS, FOAM_ROLLER, EXERCISE_BALL, BAND, PULL_UP_BAR, STICK
}
