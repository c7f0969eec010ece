package dev.midback.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Reads a frame's pose (joint name to degrees) and its contacts (a list of body points). */
final class PoseReader {

    private static final List<String> JOINT_NAMES = Arrays.stream(Joint.values())
            .flatMap(j -> Stream.concat(Stream.of(j.key()), j.pairKey().stream()))
            .distinct()
            .toList();
    private static final List<String> POINT_NAMES = Arrays.stream(BodyPoint.values()).map(BodyPoint::key).toList();

    Pose pose(JsonNode node, String path, BiConsumer<String, String> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(path, "is missing: give the joint angles in degrees, e.g. { trunk: 0, hips: 90, knees: 90 }");
            return Pose.standing();
        }
        Map<Joint, Double> pairs = new EnumMap<>(Joint.class);
        Map<Joint, Double> single = new EnumMap<>(Joint.class);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String fieldPath = path + "." + name;
            List<Joint> joints = jointsNamed(name);
            if (joints.isEmpty()) {
                problems.accept(fieldPath, "unknown joint '" + name + "'" + Fields.didYouMean(name, JOINT_NAMES));
                continue;
            }
            JsonNode value = field.getValue();
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                problems.accept(fieldPath, "must be a number of degrees, not '" + value.asText() + "'");
                continue;
            }
            double degrees = value.asDouble();
            Joint joint = joints.get(0);
            if (!joint.allows(degrees)) {
                problems.accept(fieldPath, "angle " + Svg.num(degrees) + " is outside the plausible range " + Svg.num(joint.min())
                        + " to " + Svg.num(joint.max()));
                continue;
            }
            Map<Joint, Double> target = joints.size() > 1 ? pairs : single;
            joints.forEach(j -> target.put(j, degrees));
        }
        pairs.putAll(single);
        return new Pose(pairs);
    }

    List<BodyPoint> contacts(JsonNode node, String path, BiConsumer<String, String> problems) {
        List<BodyPoint> contacts = new ArrayList<>();
        if (node == null) {
            return contacts;
        }
        if (!node.isArray()) {
            problems.accept(path, "must be a list of body points, e.g. [leftHand, rightHand, leftKnee, rightKnee]");
            return contacts;
        }
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).asText();
            var point = BodyPoint.byKey(name);
            if (point.isEmpty()) {
                problems.accept(path + "[" + i + "]", "unknown body point '" + name + "'" + Fields.didYouMean(name, POINT_NAMES)
                        + "; expected one of " + String.join(", ", POINT_NAMES));
            } else if (contacts.contains(point.get())) {
                problems.accept(path + "[" + i + "]", name + " is listed twice");
            } else {
                contacts.add(point.get());
            }
        }
        return contacts;
    }

    /** The joints a name sets: one joint, both sides for a pair name such as {@code knees}, or none. */
    private static List<Joint> jointsNamed(String name) {
        return Arrays.stream(Joint.values())
                .filter(j -> j.key().equals(name) || j.pairKey().filter(name::equals).isPresent())
                .toList();
    }
}
