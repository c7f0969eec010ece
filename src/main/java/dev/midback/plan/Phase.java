package dev.midback.plan;

import dev.midback.catalog.Coded;

/** Where an item stands in a routine. */
public enum Phase implements Coded {
    WARM_UP, MAIN, COOL_DOWN
}
