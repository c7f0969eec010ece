package dev.midback.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Checked;
import dev.midback.web.http.StrictJson;
import dev.midback.plan.PlanInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of {@code POST /api/plans}, checked for types and unknown fields before its values
 * are: either the plan input, or the problem naming the field.
 */
final class PlanBody {

    private static final Set<String> FIELDS = Set.of("minutes", "place", "props", "level", "pain", "sharpPain", "answers");

    private PlanBody() {
    }

    static Checked<PlanInput> parse(String body) {
        Checked<ObjectNode> parsed = StrictJson.object(body, FIELDS);
        if (!parsed.isValid()) {
            return parsed.failure();
        }
        JsonNode root = parsed.value();
        if (!root.path("minutes").isIntegralNumber()) {
            return bad("minutes", root.has("minutes") ? "minutes must be a whole number from 2 to 60, not " + root.get("minutes")
                    : "minutes is required, a whole number from 2 to 60");
        }
        for (String name : List.of("place", "level")) {
            if (root.has(name) && !root.get(name).isTextual()) {
                return bad(name, name + " must be a text");
            }
        }
        if (root.has("pain") && !root.get("pain").isIntegralNumber()) {
            return bad("pain", "pain must be a whole number from 0 to 10");
        }
        if (root.has("sharpPain") && !root.get("sharpPain").isBoolean()) {
            return bad("sharpPain", "sharpPain must be true or false");
        }
        List<String> props = new ArrayList<>();
        if (root.has("props")) {
            if (!root.get("props").isArray()) {
                return bad("props", "props must be a list of prop names");
            }
            for (JsonNode prop : root.get("props")) {
                if (!prop.isTextual()) {
                    return bad("props", "props must be a list of prop names, not " + prop);
                }
                props.add(prop.asText());
            }
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        if (root.has("answers")) {
            if (!root.get("answers").isObject()) {
                return bad("answers", "answers must be an object of question id to true or false");
            }
            root.get("answers").fields().forEachRemaining(f ->
                    answers.put(f.getKey(), f.getValue().isBoolean() ? (Object) f.getValue().booleanValue() : f.getValue().toString()));
        }
        return Checked.ok(new PlanInput(root.get("minutes").asText(), root.path("place").asText(null), props,
                root.path("level").asText(null), root.has("pain") ? root.get("pain").asText() : null,
                root.path("sharpPain").asBoolean(false), answers));
    }

    private static Checked<PlanInput> bad(String field, String detail) {
        return Checked.bad(field, detail);
    }
}
