package dev.midback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the fields of one object of a data file, reporting every problem with the field's path
 * ({@code dosage.default}, {@code sources[1].seed}) instead of throwing.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final BiConsumer<String, String> problems;

    Fields(JsonNode node, String path, BiConsumer<String, String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of a whole file, or empty (with the problem reported) when the file is not a mapping. */
    static Optional<Fields> top(JsonNode root, BiConsumer<String, String> problems) {
        if (root == null || !root.isObject()) {
            problems.accept("(file)", "must be a mapping of fields");
            return Optional.empty();
        }
        return Optional.of(new Fields(root, "", problems));
    }

    /** Reports each field not in {@code known}. */
    void allowOnly(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.accept(at(name), "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A required, non-blank string. */
    String text(String name) {
        return optionalText(name).orElseGet(() -> {
            if (!has(name)) {
                problems.accept(at(name), "missing required field");
            }
            return "";
        });
    }

    Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.accept(at(name), "must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** A list of non-blank strings; {@code required} means the field must be present and not empty. */
    List<String> texts(String name, boolean required) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : list(name, required)) {
            if (item.isTextual() && !item.asText().isBlank()) {
                result.add(item.asText().strip());
            } else {
                problems.accept(at(name) + "[" + result.size() + "]", "must be a non-empty text");
            }
        }
        return result;
    }

    <E extends Enum<E> & Coded> E choice(String name, Class<E> type) {
        if (!has(name)) {
            problems.accept(at(name), "missing required field");
            return null;
        }
        return member(node.get(name), at(name), type);
    }

    <E extends Enum<E> & Coded> List<E> choices(String name, Class<E> type, boolean required) {
        List<E> result = new ArrayList<>();
        int index = 0;
        for (JsonNode item : list(name, required)) {
            E member = member(item, at(name) + "[" + index++ + "]", type);
            if (member != null) {
                result.add(member);
            }
        }
        return result;
    }

    /** A required whole number. */
    int integer(String name) {
        if (!has(name)) {
            problems.accept(at(name), "missing required field");
            return 0;
        }
        return optionalInteger(name, 0);
    }

    int optionalInteger(String name, int absent) {
        if (!has(name)) {
            return absent;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.accept(at(name), "must be a whole number, not " + value);
            return absent;
        }
        return value.intValue();
    }

    boolean flag(String name, boolean absent) {
        if (!has(name)) {
            return absent;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            problems.accept(at(name), "must be true or false, not " + value);
            return absent;
        }
        return value.booleanValue();
    }

    /** A required nested object. */
    Optional<Fields> object(String name) {
        if (!has(name)) {
            problems.accept(at(name), "missing required field");
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            problems.accept(at(name), "must be a mapping of fields");
            return Optional.empty();
        }
        return Optional.of(new Fields(value, at(name), problems));
    }

    /** A list of nested objects. */
    List<Fields> objects(String name, boolean required) {
        List<Fields> result = new ArrayList<>();
        int index = 0;
        for (JsonNode item : list(name, required)) {
            String itemPath = at(name) + "[" + index++ + "]";
            if (item.isObject()) {
                result.add(new Fields(item, itemPath, problems));
            } else {
                problems.accept(itemPath, "must be a mapping of fields");
            }
        }
        return result;
    }

    /** The elements of a list field; reports a missing or empty required list. */
    List<JsonNode> list(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                problems.accept(at(name), "missing required field");
            }
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            problems.accept(at(name), "must be a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        if (required && items.isEmpty()) {
            problems.accept(at(name), "must not be empty");
        }
        return items;
    }

    void report(String name, String message) {
        problems.accept(at(name), message);
    }

    private <E extends Enum<E> & Coded> E member(JsonNode value, String where, Class<E> type) {
        Optional<E> member = value.isTextual() ? Coded.parse(type, value.asText()) : Optional.empty();
        if (member.isEmpty()) {
            problems.accept(where, "unknown value " + value + " (one of: " + String.join(", ", Coded.ids(type)) + ")");
        }
        return member.orElse(null);
    }
}
