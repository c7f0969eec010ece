package dev.midback.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: figure blocks written as YAML, read with their problems. */
final class Figures {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Figures() {
    }

    /** The {@code figure} block of a YAML document. */
    static JsonNode block(String yaml) {
        try {
            return YAML.readTree(yaml).get("figure");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A figure read from YAML that must have no problems. */
    static Figure figure(String yaml) {
        List<String> problems = new ArrayList<>();
        Figure figure = new FigureReader().read(block(yaml), (field, message) -> problems.add(field + ": " + message));
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected problems: " + problems);
        }
        return figure;
    }

    /** A one-frame figure of the given pose, props and contacts, seen from the side. */
    static Figure oneFrame(Pose pose, List<Prop> props, List<BodyPoint> contacts) {
        return new Figure(View.SIDE, 0, false, props, List.of(new Frame("only", pose, contacts, props)));
    }

    static final String CAT_COW = """
            figure:
              view: side
              props: [mat]
              motion: { in: cow, out: cat }
              frames:
                - name: cat
                  pose: { trunk: 51, lowerSpine: 25, upperSpine: 35, neck: 35, shoulders: 91, wrists: -95, hips: 41, knees: 90, ankles: 90 }
                  contacts: [leftHand, rightHand, leftKnee, rightKnee, leftFoot, rightFoot]
                - name: cow
                  pose: { trunk: -23, lowerSpine: -20, upperSpine: -20, neck: -35, shoulders: 99, wrists: -62, hips: 116, knees: 90, ankles: 90 }
                  contacts: [leftHand, rightHand, leftKnee, rightKnee, leftFoot, rightFoot]
            """;
}
