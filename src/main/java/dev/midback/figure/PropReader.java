package dev.midback.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Reads a list of props: each a name such as {@code mat}, or a mapping {@code {prop, at, height}}. */
final class PropReader {

    private static final List<String> PROP_FIELDS = List.of("prop", "at", "height");
    private static final List<String> KINDS = Arrays.stream(PropKind.values()).map(PropKind::key).toList();
    private static final List<String> POINTS = Arrays.stream(BodyPoint.values()).map(BodyPoint::key).toList();

    /** The props, or empty when the list is absent. */
    Optional<List<Prop>> read(JsonNode node, String path, BiConsumer<String, String> problems) {
        if (node == null) {
            return Optional.empty();
        }
        List<Prop> props = new ArrayList<>();
        if (!node.isArray()) {
            problems.accept(path, "must be a list of props, e.g. [mat] or [{prop: towel-roll, at: upperBack}]");
            return Optional.of(props);
        }
        for (int i = 0; i < node.size(); i++) {
            prop(node.get(i), path + "[" + i + "]", problems).ifPresent(props::add);
        }
        return Optional.of(props);
    }

    private static Optional<Prop> prop(JsonNode node, String path, BiConsumer<String, String> problems) {
        if (node.isTextual()) {
            return kind(node, path, problems).map(Prop::of);
        }
        if (!node.isObject()) {
            problems.accept(path, "must be a prop name or a mapping {prop, at, height}");
            return Optional.empty();
        }
        Fields.reportUnknown(node, path, PROP_FIELDS, problems);
        JsonNode kindNode = node.get("prop");
        if (kindNode == null) {
            problems.accept(path + ".prop", "is missing: say which prop, e.g. prop: towel-roll");
            return Optional.empty();
        }
        Optional<PropKind> kind = kind(kindNode, path + ".prop", problems);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Prop prop = Prop.of(kind.get());
        JsonNode at = node.get("at");
        if (at != null) {
            Optional<BodyPoint> point = BodyPoint.byKey(at.asText());
            if (!kind.get().placedUnderBody()) {
                problems.accept(path + ".at", "a " + kind.get().key() + " is not placed under the body; leave out 'at'");
            } else if (point.isEmpty()) {
                problems.accept(path + ".at", "unknown body point '" + at.asText() + "'" + Fields.didYouMean(at.asText(), POINTS));
            } else {
                prop = new Prop(prop.kind(), point.get(), prop.height());
            }
        }
        JsonNode height = node.get("height");
        if (height != null) {
            Optional<PropHeight> level = PropHeight.byKey(height.asText());
            if (!kind.get().hasHeight()) {
                problems.accept(path + ".height", "only a yoga-block or a band has a height");
            } else if (level.isEmpty()) {
                problems.accept(path + ".height", "unknown height '" + height.asText() + "'; expected low, middle or high");
            } else {
                prop = new Prop(prop.kind(), prop.at(), level.get());
            }
        }
        return Optional.of(prop);
    }

    private static Optional<PropKind> kind(JsonNode node, String path, BiConsumer<String, String> problems) {
        Optional<PropKind> kind = PropKind.byKey(node.asText());
        if (kind.isEmpty()) {
            problems.accept(path, "unknown prop '" + node.asText() + "'" + Fields.didYouMean(node.asText(), KINDS)
                    + "; expected one of " + String.join(", ", KINDS));
        }
        return kind;
    }
}
