package dev.midback.catalog;

import java.util.Collection;
import java.util.List;

/** One requirement of an exercise: any one of these props will do. */
public record PropChoice(List<Prop> anyOf) {

    public PropChoice {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a prop choice names at least one prop");
        }
    }

    public boolean isMetBy(Collection<Prop> owned) {
        return anyOf.stream().anyMatch(owned::contains);
    }
}
