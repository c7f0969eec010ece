package dev.midback.catalog;

/**
 * Where a fact comes from: the reference article (its file name, its title, and its address, null
 * when the article gives none) and the fact taken from it.
 */
public record Source(String seed, String fact, String title, String url) {
}
