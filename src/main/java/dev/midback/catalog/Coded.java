package dev.midback.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A closed set whose members are written in data files and URLs as kebab-case ids. */
public interface Coded {

    String name();

    /** The member's id as written in files, JSON and the command line: {@code FOAM_ROLLER} is {@code foam-roller}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The member with this id, ignoring case. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(wanted)).findFirst();
    }

    /** Every id of the set, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).toList();
    }
}
