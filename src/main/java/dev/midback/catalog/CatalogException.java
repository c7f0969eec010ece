package dev.midback.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog's data files could not be loaded; carries every problem found. */
public final class CatalogException extends RuntimeException {

    private final transient List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super(problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
