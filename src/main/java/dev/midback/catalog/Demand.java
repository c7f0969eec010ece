package dev.midback.catalog;

/**
 * What an exercise asks of the spine that some people should avoid: with osteoporosis, end-range
 * bending forward and twisting, and deep backbends.
 */
public enum Demand implements Coded {
    END_RANGE_FLEXION, END_RANGE_ROTATION, DEEP_BACKBEND
}
