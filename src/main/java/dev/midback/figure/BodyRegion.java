package dev.midback.figure;

/**
 * A region of the body an exercise works, as the exercise file names it. The figure highlights the neck and
 * those along the spine (upper back, mid-back, lower back); the others are worked by the same movement and
 * left plain, so the highlight stays on the back.
 */
public enum BodyRegion {
    NECK(0, 0), SHOULDERS(0, 0), CHEST(0, 0), UPPER_BACK(0.66, 0.97), MID_BACK(0.38, 0.74), LOWER_BACK(0.06, 0.42), HIPS(0, 0);

    private final double from;
    private final double to;

    /** The stretch of the trunk this region covers, from the pelvis (0) to the base of the neck (1); empty off the spine. */
    BodyRegion(double from, double to) {
        this.from = from;
        this.to = to;
    }

    double from() {
        return from;
    }

    double to() {
        return to;
    }

    /** Whether this region is part of the trunk's outline. */
    boolean onTrunk() {
        return to > from;
    }
}
