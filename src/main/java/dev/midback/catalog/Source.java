package dev.midback.catalog;

/** Where a fact comes from: a reference article's file name and the fact taken from it. */
public record Source(String seed, String fact) {
}
