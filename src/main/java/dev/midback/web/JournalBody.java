package dev.midback.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.midback.journal.JournalInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON body of a journal entry ({@code POST} and {@code PUT /api/journal}), checked for types,
 * lengths and unknown fields: the input with its optional device-made id and time, or the problem
 * naming the field.
 */
record JournalBody(String id, Instant at, JournalInput input, Problem problem) {

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> FIELDS = Set.of("id", "at", "planId", "items", "painBefore", "painAfter", "stiffness",
            "notes", "stoppedForPain");
    private static final Set<String> ITEM_FIELDS = Set.of("exerciseId", "done", "amount");

    static JournalBody parse(String body) {
        StrictJson.ObjectBody parsed = StrictJson.object(body, FIELDS);
        if (parsed.problem() != null) {
            return new JournalBody(null, null, null, parsed.problem());
        }
        JsonNode root = parsed.root();
        String id = null;
        if (present(root, "id")) {
            if (!root.get("id").isTextual() || !UUID_TEXT.matcher(root.get("id").asText()).matches()) {
                return bad("id", "id must be a lower-case UUID made on the device, such as 3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c9f00");
            }
            id = root.get("id").asText();
        }
        Instant at = null;
        if (present(root, "at")) {
            try {
                at = Instant.parse(root.get("at").asText());
            } catch (DateTimeParseException e) {
                return bad("at", "at must be a date and time such as 2026-11-21T08:30:00Z, not " + root.get("at"));
            }
        }
        if (present(root, "planId") && !root.get("planId").isTextual()) {
            return bad("planId", "planId must be a text");
        }
        for (String name : List.of("painBefore", "painAfter", "stiffness")) {
            if (present(root, name) && !root.get(name).isIntegralNumber()) {
                return bad(name, name + " must be a whole number from 0 to 10");
            }
        }
        if (present(root, "notes") && !root.get("notes").isTextual()) {
            return bad("notes", "notes must be a text");
        }
        if (present(root, "stoppedForPain") && !root.get("stoppedForPain").isBoolean()) {
            return bad("stoppedForPain", "stoppedForPain must be true or false");
        }
        List<JournalInput.RawItem> items = new ArrayList<>();
        if (present(root, "items")) {
            if (!root.get("items").isArray()) {
                return bad("items", "items must be a list of { exerciseId, done }");
            }
            for (int i = 0; i < root.get("items").size(); i++) {
                JsonNode item = root.get("items").get(i);
                String where = "items[" + i + "]";
                if (!item.isObject()) {
                    return bad(where, "each item must be an object { exerciseId, done }");
                }
                String extra = StrictJson.unknownField(item, ITEM_FIELDS);
                if (extra != null) {
                    return bad(where + "." + extra, "unknown field '" + extra + "'");
                }
                if (!item.path("exerciseId").isTextual()) {
                    return bad(where + ".exerciseId", "exerciseId must be the id of an exercise");
                }
                if (!item.path("done").isBoolean()) {
                    return bad(where + ".done", "done must be true or false");
                }
                if (present(item, "amount") && !item.get("amount").isIntegralNumber()) {
                    return bad(where + ".amount", "amount must be a whole number");
                }
                items.add(new JournalInput.RawItem(item.get("exerciseId").asText(), item.get("done").asBoolean(),
                        present(item, "amount") ? item.get("amount").asInt() : null));
            }
        }
        return new JournalBody(id, at, new JournalInput(
                present(root, "planId") ? root.get("planId").asText() : null, items,
                intOrNull(root, "painBefore"), intOrNull(root, "painAfter"), intOrNull(root, "stiffness"),
                present(root, "notes") ? root.get("notes").asText() : null,
                present(root, "stoppedForPain") && root.get("stoppedForPain").asBoolean()), null);
    }

    private static boolean present(JsonNode node, String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    private static Integer intOrNull(JsonNode node, String name) {
        if (!present(node, name)) {
            return null;
        }
        JsonNode value = node.get(name);
        return value.canConvertToInt() ? value.intValue() : Integer.MAX_VALUE;
    }

    private static JournalBody bad(String field, String detail) {
        return new JournalBody(null, null, null, Problem.badField(field, detail));
    }
}
