package dev.midback.figure;

/** The figure's left or right side; the right side is toward +z. */
enum Side {
    LEFT, RIGHT;

    double sign() {
        return this == RIGHT ? 1 : -1;
    }

    /** The joint of this side matching a left joint. */
    Joint of(Joint leftJoint) {
        return this == LEFT ? leftJoint : Joint.byKey(rightKey(leftJoint.key())).orElseThrow();
    }

    /** The body point of this side matching a left body point. */
    BodyPoint of(BodyPoint leftPoint) {
        return this == LEFT ? leftPoint : BodyPoint.byKey(rightKey(leftPoint.key())).orElseThrow();
    }

    private static String rightKey(String leftKey) {
        return "right" + leftKey.substring("left".length());
    }
}
