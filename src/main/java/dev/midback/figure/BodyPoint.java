package dev.midback.figure;

import java.util.Optional;

/**
 * A named point of the body that can rest on the floor or a prop. Its radius is the thickness of the body
 * around it: a point touches a surface when its centre is one radius away.
 */
public enum BodyPoint {
    HEAD("head", 6),
    NECK("neck", 4.5),
    UPPER_BACK("upperBack", 5.4),
    MID_BACK("midBack", 4.9),
    LOWER_BACK("lowerBack", 4.6),
    PELVIS("pelvis", 5),
    LEFT_SHOULDER("leftShoulder", 3),
    RIGHT_SHOULDER("rightShoulder", 3),
    LEFT_ELBOW("leftElbow", 2.5),
    RIGHT_ELBOW("rightElbow", 2.5),
    LEFT_WRIST("leftWrist", 2),
    RIGHT_WRIST("rightWrist", 2),
    LEFT_HAND("leftHand", 1.75),
    RIGHT_HAND("rightHand", 1.75),
    LEFT_FINGERTIPS("leftFingertips", 1.75),
    RIGHT_FINGERTIPS("rightFingertips", 1.75),
    LEFT_HIP("leftHip", 4),
    RIGHT_HIP("rightHip", 4),
    LEFT_KNEE("leftKnee", 3.5),
    RIGHT_KNEE("rightKnee", 3.5),
    LEFT_ANKLE("leftAnkle", 2.5),
    RIGHT_ANKLE("rightAnkle", 2.5),
    LEFT_HEEL("leftHeel", 1.75),
    RIGHT_HEEL("rightHeel", 1.75),
    LEFT_FOOT("leftFoot", 1.75),
    RIGHT_FOOT("rightFoot", 1.75),
    LEFT_TOE("leftToe", 1.75),
    RIGHT_TOE("rightToe", 1.75);

    private final String key;
    private final double radius;

    BodyPoint(String key, double radius) {
        this.key = key;
        this.radius = radius;
    }

    /** The name used in figure files, e.g. {@code leftKnee}. */
    public String key() {
        return key;
    }

    /** Half the thickness of the body at this point, in body units. */
    public double radius() {
        return radius;
    }

    public static Optional<BodyPoint> byKey(String key) {
        for (BodyPoint point : values()) {
            if (point.key.equals(key)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }
}
