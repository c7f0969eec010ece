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

    /** Edit distance between two keys, for suggesting the closest names. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
