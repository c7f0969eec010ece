package dev.midback.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: case, apostrophes, spaces and hyphens do not matter ("Child's pose" is "childs-pose"). */
final class Names {

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-|-$");

    private Names() {
    }

    static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(APOSTROPHES.matcher(lower).replaceAll("")).replaceAll("-");
        return EDGES.matcher(joined).replaceAll("");
    }

    static boolean matchesAny(Exercise exercise, String text) {
        String wanted = key(text);
        if (wanted.isEmpty()) {
            return true;
        }
        return key(exercise.id()).contains(wanted)
                || exercise.names().stream().anyMatch(n -> key(n).contains(wanted));
    }
}
