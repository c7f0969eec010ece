package dev.midback.figure;

import java.util.Optional;

/**
 * One angle of a {@link Pose}, in degrees, with the range a person can plausibly reach.
 * The meaning and sign of each angle are described in the package documentation.
 */
public enum Joint {
    TRUNK("trunk", "", -90, 270, 90),
    LOWER_SPINE("lowerSpine", "", -45, 60, 0),
    UPPER_SPINE("upperSpine", "", -60, 70, 0),
    TWIST("twist", "", -75, 75, 0),
    SIDE_BEND("sideBend", "", -50, 50, 0),
    PELVIS_TURN("pelvisTurn", "", -100, 100, 0),
    NECK("neck", "", -70, 80, 0),
    HEAD("head", "", -45, 45, 0),
    HEAD_TURN("headTurn", "", -90, 90, 0),
    LEFT_SHOULDER("leftShoulder", "shoulders", -70, 190, 0),
    RIGHT_SHOULDER("rightShoulder", "shoulders", -70, 190, 0),
    LEFT_SHOULDER_OUT("leftShoulderOut", "shouldersOut", -45, 180, 0),
    RIGHT_SHOULDER_OUT("rightShoulderOut", "shouldersOut", -45, 180, 0),
    LEFT_ARM_TURN("leftArmTurn", "armsTurn", -90, 120, 0),
    RIGHT_ARM_TURN("rightArmTurn", "armsTurn", -90, 120, 0),
    LEFT_ELBOW("leftElbow", "elbows", -10, 160, 0),
    RIGHT_ELBOW("rightElbow", "elbows", -10, 160, 0),
    LEFT_WRIST("leftWrist", "wrists", -100, 90, 0),
    RIGHT_WRIST("rightWrist", "wrists", -100, 90, 0),
    LEFT_HIP("leftHip", "hips", -45, 170, 0),
    RIGHT_HIP("rightHip", "hips", -45, 170, 0),
    LEFT_HIP_OUT("leftHipOut", "hipsOut", -45, 90, 0),
    RIGHT_HIP_OUT("rightHipOut", "hipsOut", -45, 90, 0),
    LEFT_LEG_TURN("leftLegTurn", "legsTurn", -60, 90, 0),
    RIGHT_LEG_TURN("rightLegTurn", "legsTurn", -60, 90, 0),
    LEFT_KNEE("leftKnee", "knees", -10, 165, 0),
    RIGHT_KNEE("rightKnee", "knees", -10, 165, 0),
    LEFT_ANKLE("leftAnkle", "ankles", -45, 100, 0),
    RIGHT_ANKLE("rightAnkle", "ankles", -45, 100, 0);

    private final String key;
    private final String pairKey;
    private final double min;
    private final double max;
    private final double neutral;

    Joint(String key, String pairKey, double min, double max, double neutral) {
        this.key = key;
        this.pairKey = pairKey;
        this.min = min;
        this.max = max;
        this.neutral = neutral;
    }

    /** The name used in figure files, e.g. {@code leftKnee}. */
    public String key() {
        return key;
    }

    /** The shorthand that sets this joint and its partner on the other side, e.g. {@code knees}; empty for the trunk. */
    public Optional<String> pairKey() {
        return pairKey.isEmpty() ? Optional.empty() : Optional.of(pairKey);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The angle when a pose does not set it: standing tall, arms by the sides. */
    public double neutral() {
        return neutral;
    }

    public boolean allows(double degrees) {
        return degrees >= min && degrees <= max;
    }

    public static Optional<Joint> byKey(String key) {
        for (Joint joint : values()) {
            if (joint.key.equals(key)) {
                return Optional.of(joint);
            }
        }
        return Optional.empty();
    }
}
