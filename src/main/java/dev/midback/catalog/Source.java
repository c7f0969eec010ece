package dev.midback.catalog;

/**
 * Where a fact comes from: the source's key (the file name of a reference article, or the id of a
 * published source), its title, its address (null when a reference article gives none), and the
 * fact taken from it.
 */
public record Source(String seed, String fact, String title, String url) {
}
