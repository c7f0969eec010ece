package dev.midback.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Checked;
import dev.midback.plan.PlanInput;
import dev.midback.plan.PlanRequest;
import dev.midback.web.http.StrictJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of {@code POST /api/plans}: its JSON types checked here (a number where a number
 * belongs, a text where a text does; no unknown field, no NUL), its values by {@link PlanInput},
 * the one check the form and the command line go through too. A field left out, or null, takes
 * its default; minutes are required.
 */
final class PlanBody {

    private static final Set<String> FIELDS = Set.of("minutes", "place", "props", "level", "pain", "sharpPain", "answers");

    private PlanBody() {
    }

    /** The request the body asks for, or the problem naming the field. */
    static Checked<PlanRequest> parse(String body) {
        return StrictJson.object(body, FIELDS).then(PlanBody::input).then(PlanInput::check);
    }

    private static Checked<PlanInput> input(ObjectNode root) {
        if (StrictJson.present(root, "minutes") && !root.get("minutes").isIntegralNumber()) {
            return Checked.bad("minutes", "minutes must be a whole number from 2 to 60, not " + shorten(root.get("minutes")));
        }
        if (StrictJson.present(root, "pain") && !root.get("pain").isIntegralNumber()) {
            return Checked.bad("pain", "pain must be a whole number from 0 to 10, not " + shorten(root.get("pain")));
        }
        for (String name : List.of("place", "level")) {
            if (StrictJson.present(root, name) && !root.get(name).isTextual()) {
                return Checked.bad(name, name + " must be a text");
            }
        }
        if (StrictJson.present(root, "sharpPain") && !root.get("sharpPain").isBoolean()) {
            return Checked.bad("sharpPain", "sharpPain must be true or false");
        }
        List<String> props = null;
        if (StrictJson.present(root, "props")) {
            if (!root.get("props").isArray()) {
                return Checked.bad("props", "props must be a list of prop names");
            }
            props = new ArrayList<>();
            for (JsonNode prop : root.get("props")) {
                if (!prop.isTextual()) {
                    return Checked.bad("props", "props must be a list of prop names, not " + shorten(prop));
                }
                props.add(prop.textValue());
            }
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        if (StrictJson.present(root, "answers")) {
            if (!root.get("answers").isObject()) {
                return Checked.bad("answers", "answers must be an object of question id to true or false");
            }
            root.get("answers").fields().forEachRemaining(f ->
                    answers.put(f.getKey(), f.getValue().isBoolean() ? (Object) f.getValue().booleanValue() : f.getValue().toString()));
        }
        return Checked.ok(new PlanInput(text(root, "minutes"), text(root, "place"), props, text(root, "level"),
                text(root, "pain"), root.path("sharpPain").asBoolean(false), answers));
    }

    /** The field as text (a number's digits, however many), or null when it is left out. */
    private static String text(JsonNode root, String name) {
        return StrictJson.present(root, name) ? root.get(name).asText() : null;
    }

    private static String shorten(JsonNode value) {
        String text = value.toString();
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }
}
