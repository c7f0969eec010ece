package dev.midback.catalog;

/** Another exercise of the catalog that does the same job easier, harder or differently. */
public record Variant(String exerciseId, Relation relation) {
}
