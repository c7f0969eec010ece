package dev.midback.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/** How request bodies are read: a key twice, or anything after the JSON, is refused, so nothing is silently overridden. */
final class StrictJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /** A request body read as a JSON object of known fields, or the problem naming what is wrong. */
    record ObjectBody(JsonNode root, Problem problem) {
    }

    static ObjectBody object(String body, Set<String> known) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return new ObjectBody(null, Problem.badField("body", "the body is not valid JSON (nor may a field appear twice)"));
        }
        if (root == null || !root.isObject()) {
            return new ObjectBody(null, Problem.badField("body", "the body must be a JSON object"));
        }
        String unknown = unknownField(root, known);
        if (unknown != null) {
            return new ObjectBody(null, Problem.badField(unknown, "unknown field '" + unknown + "' (known: "
                    + String.join(", ", known.stream().sorted().toList()) + ")"));
        }
        return new ObjectBody(root, null);
    }

    /** The first field of the object not among those known, or null. */
    static String unknownField(JsonNode node, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                return name;
            }
        }
        return null;
    }
}
