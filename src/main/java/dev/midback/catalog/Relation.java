package dev.midback.catalog;

/** How a variant compares with the exercise it belongs to. */
public enum Relation implements Coded {
    EASIER, HARDER, ALTERNATIVE
}
