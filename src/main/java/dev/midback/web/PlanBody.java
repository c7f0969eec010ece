package dev.midback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.plan.PlanInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON body of {@code POST /api/plans}, checked for types and unknown fields before its values
 * are: either the plan input, or the problem naming the field.
 */
record PlanBody(PlanInput input, Problem problem) {

    private static final Set<String> FIELDS = Set.of("minutes", "place", "props", "level", "pain", "sharpPain", "answers");
    private static final ObjectMapper JSON = StrictJson.MAPPER;

    static PlanBody parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return bad("body", "the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return bad("body", "the body must be a JSON object");
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return bad(name, "unknown field '" + name + "'");
            }
        }
        if (!root.path("minutes").isIntegralNumber()) {
            return bad("minutes", "minutes is required, a whole number from 2 to 60");
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
        return new PlanBody(new PlanInput(root.get("minutes").asText(), root.path("place").asText(null), props,
                root.path("level").asText(null), root.has("pain") ? root.get("pain").asText() : null,
                root.path("sharpPain").asBoolean(false), answers), null);
    }

    private static PlanBody bad(String field, String detail) {
        return new PlanBody(null, Problem.badField(field, detail));
    }
}
