package dev.midback.plan;

import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;

/** Why an exercise has its place in a routine, as the first words of its reason. */
enum Role {
    WARM_UP("warm-up: loosens the spine before the rest"),
    EXTENSION("extension: counters slouching by arching the upper back"),
    ROTATION("rotation: frees the twist of the mid-back, which stiffens with sitting"),
    FLEXION("flexion: stretches the muscles between the shoulder blades"),
    SIDE_BEND("side-bend: stretches the sides of the back and the ribs"),
    NECK("neck: eases the neck and the top of the back"),
    STRENGTH("strength: builds the muscles that hold the mid-back upright"),
    POSTURE("posture: resets how you sit or stand, ears over shoulders over hips"),
    COOL_DOWN("cool-down: ends calmly and lets the back settle before you go on with your day");

    private final String words;

    Role(String words) {
        this.words = words;
    }

    String words() {
        return words;
    }

    /** The role of a main-part exercise, chosen for a movement (or for its own main movement). */
    static Role inMain(Exercise exercise, Movement movement) {
        if (exercise.kind() == Kind.STRENGTH) {
            return STRENGTH;
        }
        if (exercise.kind() == Kind.POSTURE) {
            return POSTURE;
        }
        return switch (movement) {
            case EXTENSION -> EXTENSION;
            case ROTATION -> ROTATION;
            case FLEXION -> FLEXION;
            case SIDE_BEND -> SIDE_BEND;
            case NECK -> NECK;
        };
    }
}
