package dev.midback.web.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Checked;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
import dev.midback.web.http.StrictJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON body of a journal entry ({@code POST} and {@code PUT /api/journal}, and each entry of an
 * import), checked for types, ranges and unknown fields: the input with its optional device-made
 * id and time, or the field at fault.
 */
record JournalBody(String id, Instant at, JournalInput input) {

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> FIELDS = Set.of("id", "at", "planId", "items", "painBefore", "painAfter", "stiffness",
            "notes", "stoppedForPain");
    private static final Set<String> ITEM_FIELDS = Set.of("exerciseId", "done", "amount");

    static Checked<JournalBody> parse(String body) {
        Checked<ObjectNode> parsed = StrictJson.object(body, FIELDS);
        if (!parsed.isValid()) {
            return parsed.failure();
        }
        ObjectNode root = parsed.value();
        String id = null;
        if (present(root, "id")) {
            if (!root.get("id").isTextual() || !UUID_TEXT.matcher(root.get("id").asText()).matches()) {
                return Checked.bad("id", "id must be a lower-case UUID made on the device, such as 3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c9f00");
            }
            id = root.get("id").asText();
        }
        Instant at = null;
        if (present(root, "at")) {
            if (!root.get("at").isTextual() || root.get("at").textValue().length() > 40) {
                return Checked.bad("at", "at must be a date and time such as 2026-11-21T08:30:00Z");
            }
            try {
                at = Instant.parse(root.get("at").textValue());
            } catch (DateTimeParseException e) {
                return Checked.bad("at", "at must be a date and time such as 2026-11-21T08:30:00Z, not " + root.get("at"));
            }
        }
        if (present(root, "planId") && (!root.get("planId").isTextual() || root.get("planId").textValue().length() > 100)) {
            return Checked.bad("planId", "planId must be the id of a plan, a text of at most 100 characters");
        }
        Integer[] scales = new Integer[3];
        String[] names = {"painBefore", "painAfter", "stiffness"};
        for (int i = 0; i < names.length; i++) {
            if (present(root, names[i])) {
                Checked<Integer> value = StrictJson.whole(root, names[i], 0, 10);
                if (!value.isValid()) {
                    return value.failure();
                }
                scales[i] = value.value();
            }
        }
        if (present(root, "notes") && !root.get("notes").isTextual()) {
            return Checked.bad("notes", "notes must be a text");
        }
        if (present(root, "stoppedForPain") && !root.get("stoppedForPain").isBoolean()) {
            return Checked.bad("stoppedForPain", "stoppedForPain must be true or false");
        }
        List<JournalInput.RawItem> items = new ArrayList<>();
        if (present(root, "items")) {
            if (!root.get("items").isArray()) {
                return Checked.bad("items", "items must be a list of { exerciseId, done }");
            }
            if (root.get("items").size() > JournalEntry.MAX_ITEMS) {
                return Checked.bad("items", "a session holds at most " + JournalEntry.MAX_ITEMS + " exercises");
            }
            for (int i = 0; i < root.get("items").size(); i++) {
                Checked<JournalInput.RawItem> item = item(root.get("items").get(i));
                if (!item.isValid()) {
                    return item.within("items[" + i + "]");
                }
                items.add(item.value());
            }
        }
        return Checked.ok(new JournalBody(id, at, new JournalInput(
                present(root, "planId") ? root.get("planId").asText() : null, items,
                scales[0], scales[1], scales[2],
                present(root, "notes") ? root.get("notes").asText() : null,
                present(root, "stoppedForPain") && root.get("stoppedForPain").asBoolean())));
    }

    private static Checked<JournalInput.RawItem> item(JsonNode item) {
        if (!item.isObject()) {
            return Checked.bad(null, "each item must be an object { exerciseId, done }");
        }
        String extra = StrictJson.unknownField(item, ITEM_FIELDS);
        if (extra != null) {
            return Checked.bad(extra, "unknown field '" + extra + "'");
        }
        if (!item.path("exerciseId").isTextual()) {
            return Checked.bad("exerciseId", "exerciseId must be the id of an exercise");
        }
        if (!item.path("done").isBoolean()) {
            return Checked.bad("done", "done must be true or false");
        }
        Integer amount = null;
        if (present(item, "amount")) {
            Checked<Integer> checked = StrictJson.whole(item, "amount", 1, JournalEntry.MAX_AMOUNT);
            if (!checked.isValid()) {
                return checked.failure();
            }
            amount = checked.value();
        }
        return Checked.ok(new JournalInput.RawItem(item.get("exerciseId").asText(), item.get("done").asBoolean(), amount));
    }

    private static boolean present(JsonNode node, String name) {
        return StrictJson.present(node, name);
    }
}
