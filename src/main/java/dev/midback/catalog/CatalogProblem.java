package dev.midback.catalog;

/** Something wrong with a data file of the catalog: which file, which field, and what. */
public record CatalogProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
