package dev.midback.figure;

import java.util.EnumMap;
import java.util.Map;

/** The angles of every joint at one moment; joints not given stand at their {@linkplain Joint#neutral() neutral} angle. */
public record Pose(Map<Joint, Double> angles) {

    public Pose {
        EnumMap<Joint, Double> all = new EnumMap<>(Joint.class);
        for (Joint joint : Joint.values()) {
            all.put(joint, angles.getOrDefault(joint, joint.neutral()));
        }
        angles = Map.copyOf(all);
    }

    /** Standing tall, arms by the sides, facing forward. */
    public static Pose standing() {
        return new Pose(Map.of());
    }

    public double angle(Joint joint) {
        return angles.get(joint);
    }

    public Pose with(Joint joint, double degrees) {
        EnumMap<Joint, Double> changed = new EnumMap<>(angles);
        changed.put(joint, degrees);
        return new Pose(changed);
    }

    /** The pose a fraction {@code t} of the way from {@code from} (t = 0) to {@code to} (t = 1), every angle moved evenly. */
    public static Pose between(Pose from, Pose to, double t) {
        EnumMap<Joint, Double> blended = new EnumMap<>(Joint.class);
        for (Joint joint : Joint.values()) {
            double start = from.angle(joint);
            blended.put(joint, start + (to.angle(joint) - start) * t);
        }
        return new Pose(blended);
    }
}
