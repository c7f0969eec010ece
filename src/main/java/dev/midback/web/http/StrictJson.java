package dev.midback.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How request bodies are read: a key twice, anything after the JSON, an unknown field, a NUL
 * character, a number out of range or of the wrong kind is refused with the field named, so
 * nothing is silently overridden, cut or coerced.
 */
public final class StrictJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(40).maxStringLength(1_000_000).build());
    }

    private StrictJson() {
    }

    /** A body read as a JSON object of known fields, every text in it free of NUL. */
    public static Checked<ObjectNode> object(String body, Set<String> known) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return Checked.bad("body", "the body is not valid JSON (nor may a field appear twice)");
        }
        if (root == null || !root.isObject()) {
            return Checked.bad("body", "the body must be a JSON object");
        }
        return checkObject((ObjectNode) root, known);
    }

    /** An object inside a body, checked the same way: known fields only, no NUL. */
    public static Checked<ObjectNode> checkObject(ObjectNode node, Set<String> known) {
        String unknown = unknownField(node, known);
        if (unknown != null) {
            return Checked.bad(unknown, "unknown field '" + unknown + "' (known: "
                    + String.join(", ", known.stream().sorted().toList()) + ")");
        }
        String nul = fieldWithNul(node, null);
        if (nul != null) {
            return Checked.bad(nul, nul + " may not hold the NUL character");
        }
        String broken = fieldWithLoneSurrogate(node, null);
        if (broken != null) {
            return Checked.bad(broken, broken + " is not valid text: it holds half of a character (a lone surrogate escape)");
        }
        return Checked.ok(node);
    }

    /** Whether a field is there and not null. */
    public static boolean present(JsonNode node, String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    /**
     * A whole number from {@code min} to {@code max}, refused (never wrapped or rounded) when it is a
     * fraction, a text, or beyond the range, however large.
     */
    public static Checked<Integer> whole(JsonNode node, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            return Checked.bad(field, field + " must be a whole number from " + min + " to " + max
                    + (value == null ? "" : ", not " + shorten(value.toString())));
        }
        BigInteger big = value.bigIntegerValue();
        if (big.compareTo(BigInteger.valueOf(min)) < 0 || big.compareTo(BigInteger.valueOf(max)) > 0) {
            return Checked.bad(field, field + " must be from " + min + " to " + max + ", not " + shorten(big.toString()));
        }
        return Checked.ok(big.intValueExact());
    }

    /** A text field that is there, as it is; refused when it holds anything but a text. */
    public static Checked<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return Checked.bad(field, field + " must be a text");
        }
        return Checked.ok(value.textValue());
    }

    /** The first field of the object not among those known, or null. */
    public static String unknownField(JsonNode node, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** The path of the first text (or key) holding NUL, or null. */
    private static String fieldWithNul(JsonNode node, String path) {
        return fieldWith(node, path, Bounds::hasNul);
    }

    /**
     * The path of the first text (or key) holding half of a surrogate pair, or null: JSON lets such
     * an escape through, but it is no character, and the database would store a question mark in
     * its place.
     */
    private static String fieldWithLoneSurrogate(JsonNode node, String path) {
        return fieldWith(node, path, StrictJson::hasLoneSurrogate);
    }

    private static String fieldWith(JsonNode node, String path, Predicate<String> bad) {
        if (node.isTextual()) {
            return bad.test(node.textValue()) ? (path == null ? "body" : path) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = fieldWith(node.get(i), (path == null ? "" : path) + "[" + i + "]", bad);
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = path == null ? field.getKey() : path + "." + field.getKey();
                if (bad.test(field.getKey())) {
                    return path == null ? "body" : path;
                }
                String found = fieldWith(field.getValue(), name, bad);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }
}
