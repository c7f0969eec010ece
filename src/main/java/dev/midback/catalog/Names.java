package dev.midback.catalog;

import java.util.Locale;

/** How names are compared: case, apostrophes, spaces and hyphens do not matter ("Child's pose" is "childs-pose"). */
final class Names {

    private Names() {
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
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
