package dev.midback.catalog;

/** A reference article: its file name, the title it is cited by, and its address (null when it gives none). */
public record Article(String seed, String title, String url) {
}
