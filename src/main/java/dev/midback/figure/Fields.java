package dev.midback.figure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.midback.text.EditDistance;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Shared checks for reading figure files: unknown field names, with a guess at the name meant. */
final class Fields {

    private Fields() {
    }

    /** Reports every field of {@code node} not in {@code known}. */
    static void reportUnknown(JsonNode node, String path, List<String> known, BiConsumer<String, String> problems) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                problems.accept(join(path, name), "unknown field '" + name + "'; expected " + String.join(", ", known));
            }
        }
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** " (did you mean x?)" when a known name is only a few edits away, else "". */
    static String didYouMean(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = EditDistance.between(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " (did you mean " + best + "?)" : "";
    }
}
