package dev.midback.web.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Checked;
import dev.midback.reminder.ReminderInput;
import dev.midback.web.http.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON body of a reminder ({@code POST} and {@code PUT /api/reminders}), checked for types and
 * unknown fields: the input, with the id when one was sent, or the field at fault.
 */
record ReminderBody(String id, ReminderInput input) {

    private static final Set<String> FIELDS = Set.of("id", "kind", "days", "time", "timeZone", "label", "enabled");

    static Checked<ReminderBody> parse(String body) {
        Checked<ObjectNode> parsed = StrictJson.object(body, FIELDS);
        if (!parsed.isValid()) {
            return parsed.failure();
        }
        JsonNode root = parsed.value();
        for (String name : List.of("id", "kind", "time", "timeZone", "label")) {
            if (present(root, name) && !root.get(name).isTextual()) {
                return bad(name, name + " must be a text");
            }
        }
        if (present(root, "enabled") && !root.get("enabled").isBoolean()) {
            return bad("enabled", "enabled must be true or false");
        }
        List<String> days = null;
        if (present(root, "days")) {
            if (!root.get("days").isArray()) {
                return bad("days", "days must be a list such as [\"MO\", \"WE\", \"FR\"]");
            }
            days = new ArrayList<>();
            for (int i = 0; i < root.get("days").size(); i++) {
                JsonNode day = root.get("days").get(i);
                if (!day.isTextual()) {
                    return bad("days[" + i + "]", "each day must be a text: MO, TU, WE, TH, FR, SA or SU");
                }
                days.add(day.asText());
            }
        }
        return Checked.ok(new ReminderBody(text(root, "id"), new ReminderInput(text(root, "kind"), days, text(root, "time"),
                text(root, "timeZone"), text(root, "label"), present(root, "enabled") ? root.get("enabled").asBoolean() : null)));
    }

    private static boolean present(JsonNode node, String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    private static String text(JsonNode node, String name) {
        return present(node, name) ? node.get(name).asText() : null;
    }

    private static Checked<ReminderBody> bad(String field, String detail) {
        return Checked.bad(field, detail);
    }
}
