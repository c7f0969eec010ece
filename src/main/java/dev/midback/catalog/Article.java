package dev.midback.catalog;

/**
 * A source the catalog cites: its key (the file name of a reference article, or the id of a
 * published source such as a health service's page), the title it is cited by, and its address
 * (null for a reference article that gives none; a published source always has one).
 */
public record Article(String key, String title, String url) {
}
