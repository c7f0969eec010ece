package dev.midback.figure;

import static dev.midback.figure.Rotation.aboutX;
import static dev.midback.figure.Rotation.aboutY;
import static dev.midback.figure.Rotation.aboutZ;

import dev.midback.figure.BodyLayout.SpineSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns joint angles into body points: a chain of segments hanging from the pelvis, which sits at the origin. */
final class Skeleton {

    static final double LOWER_SPINE_LENGTH = 15;
    static final double UPPER_SPINE_LENGTH = 15;
    static final double NECK_LENGTH = 4.5;
    static final double UPPER_ARM = 17;
    static final double FOREARM = 15;
    static final double HAND = 7;
    static final double THIGH = 24;
    static final double SHIN = 23;
    static final double HEEL = 3;
    static final double TOE = 10;
    private static final double SHOULDER_HALF_WIDTH = 9;
    private static final double HIP_HALF_WIDTH = 5;
    private static final int SPINE_SAMPLES = 24;
    /** Cross-section sizes along the spine, from pelvis (0) to the base of the neck (1): t, half width, half depth. */
    private static final double[][] TRUNK_SHAPE = {{0, 7.5, 5}, {0.3, 6.5, 4.5}, {0.75, 8.5, 5.4}, {1, 9.5, 4.5}};

    private Skeleton() {
    }

    static BodyLayout layout(Pose pose) {
        Map<BodyPoint, Vec3> points = new EnumMap<>(BodyPoint.class);
        Rotation pelvis = aboutZ(pose.angle(Joint.TRUNK) - 90).then(aboutY(-pose.angle(Joint.PELVIS_TURN)));
        Rotation lumbar = pelvis.then(aboutZ(-pose.angle(Joint.LOWER_SPINE)));
        Rotation thoracic = lumbar.then(aboutZ(-pose.angle(Joint.UPPER_SPINE)))
                .then(aboutX(pose.angle(Joint.SIDE_BEND)))
                .then(aboutY(-pose.angle(Joint.TWIST)));
        Vec3 pelvisCentre = Vec3.ZERO;
        Vec3 midBack = lumbar.apply(Vec3.UP).times(LOWER_SPINE_LENGTH);
        Vec3 neck = midBack.plus(thoracic.apply(Vec3.UP).times(UPPER_SPINE_LENGTH));
        points.put(BodyPoint.PELVIS, pelvisCentre);
        points.put(BodyPoint.MID_BACK, midBack);
        points.put(BodyPoint.NECK, neck);
        points.put(BodyPoint.LOWER_BACK, spineCurve(pelvisCentre, midBack, neck, 0.25));
        points.put(BodyPoint.UPPER_BACK, spineCurve(pelvisCentre, midBack, neck, 0.75));

        Rotation neckTurn = thoracic.then(aboutZ(-pose.angle(Joint.NECK)));
        Rotation head = neckTurn.then(aboutY(-pose.angle(Joint.HEAD_TURN))).then(aboutZ(-pose.angle(Joint.HEAD)));
        Vec3 skullBase = neck.plus(neckTurn.apply(Vec3.UP).times(NECK_LENGTH));
        points.put(BodyPoint.HEAD, skullBase.plus(head.apply(new Vec3(1, 5, 0))));

        arm(points, pose, thoracic, neck, Side.LEFT);
        arm(points, pose, thoracic, neck, Side.RIGHT);
        leg(points, pose, pelvis, Side.LEFT);
        leg(points, pose, pelvis, Side.RIGHT);
        return new BodyLayout(points, spine(pelvisCentre, midBack, neck, lumbar, thoracic), head);
    }

    private static void arm(Map<BodyPoint, Vec3> points, Pose pose, Rotation thoracic, Vec3 neck, Side side) {
        double s = side.sign();
        Rotation upperArm = thoracic.then(aboutZ(pose.angle(side.of(Joint.LEFT_SHOULDER))))
                .then(aboutX(-s * pose.angle(side.of(Joint.LEFT_SHOULDER_OUT))))
                .then(aboutY(-s * pose.angle(side.of(Joint.LEFT_ARM_TURN))));
        Rotation forearm = upperArm.then(aboutZ(pose.angle(side.of(Joint.LEFT_ELBOW))));
        Rotation hand = forearm.then(aboutZ(-pose.angle(side.of(Joint.LEFT_WRIST))));
        Vec3 shoulder = neck.plus(thoracic.apply(new Vec3(0.5, -1.5, s * SHOULDER_HALF_WIDTH)));
        Vec3 elbow = shoulder.plus(upperArm.apply(Vec3.DOWN).times(UPPER_ARM));
        Vec3 wrist = elbow.plus(forearm.apply(Vec3.DOWN).times(FOREARM));
        Vec3 handDirection = hand.apply(Vec3.DOWN);
        points.put(side.of(BodyPoint.LEFT_SHOULDER), shoulder);
        points.put(side.of(BodyPoint.LEFT_ELBOW), elbow);
        points.put(side.of(BodyPoint.LEFT_WRIST), wrist);
        points.put(side.of(BodyPoint.LEFT_HAND), wrist.plus(handDirection.times(HAND / 2)));
        points.put(side.of(BodyPoint.LEFT_FINGERTIPS), wrist.plus(handDirection.times(HAND)));
    }

    private static void leg(Map<BodyPoint, Vec3> points, Pose pose, Rotation pelvis, Side side) {
        double s = side.sign();
        Rotation thigh = pelvis.then(aboutZ(pose.angle(side.of(Joint.LEFT_HIP))))
                .then(aboutX(-s * pose.angle(side.of(Joint.LEFT_HIP_OUT))))
                .then(aboutY(-s * pose.angle(side.of(Joint.LEFT_LEG_TURN))));
        Rotation shin = thigh.then(aboutZ(-pose.angle(side.of(Joint.LEFT_KNEE))));
        Rotation foot = shin.then(aboutZ(90 - pose.angle(side.of(Joint.LEFT_ANKLE))));
        Vec3 hip = pelvis.apply(new Vec3(1.5, -1.5, s * HIP_HALF_WIDTH));
        Vec3 knee = hip.plus(thigh.apply(Vec3.DOWN).times(THIGH));
        Vec3 ankle = knee.plus(shin.apply(Vec3.DOWN).times(SHIN));
        Vec3 footDirection = foot.apply(Vec3.DOWN);
        Vec3 heel = ankle.minus(footDirection.times(HEEL));
        Vec3 toe = ankle.plus(footDirection.times(TOE));
        points.put(side.of(BodyPoint.LEFT_HIP), hip);
        points.put(side.of(BodyPoint.LEFT_KNEE), knee);
        points.put(side.of(BodyPoint.LEFT_ANKLE), ankle);
        points.put(side.of(BodyPoint.LEFT_HEEL), heel);
        points.put(side.of(BodyPoint.LEFT_TOE), toe);
        points.put(side.of(BodyPoint.LEFT_FOOT), heel.towards(toe, 0.5));
    }

    /** The point at {@code t} on the smooth curve from the pelvis through the mid-back (at t = 0.5) to the neck. */
    static Vec3 spineCurve(Vec3 pelvis, Vec3 midBack, Vec3 neck, double t) {
        Vec3 control = midBack.times(2).minus(pelvis.towards(neck, 0.5));
        double u = 1 - t;
        return pelvis.times(u * u).plus(control.times(2 * u * t)).plus(neck.times(t * t));
    }

    private static List<SpineSection> spine(Vec3 pelvis, Vec3 midBack, Vec3 neck, Rotation lumbar, Rotation thoracic) {
        List<SpineSection> sections = new ArrayList<>();
        for (int i = 0; i <= SPINE_SAMPLES; i++) {
            double t = (double) i / SPINE_SAMPLES;
            Rotation axes = blend(lumbar, thoracic, t);
            sections.add(new SpineSection(spineCurve(pelvis, midBack, neck, t), axes, shape(t, 1), shape(t, 2)));
        }
        return sections;
    }

    private static Rotation blend(Rotation from, Rotation to, double t) {
        Vec3 forward = from.forward().towards(to.forward(), t).unit();
        Vec3 up = from.up().towards(to.up(), t).unit();
        Vec3 right = from.right().towards(to.right(), t).unit();
        return new Rotation(forward.x(), up.x(), right.x(), forward.y(), up.y(), right.y(), forward.z(), up.z(), right.z());
    }

    private static double shape(double t, int column) {
        for (int i = 1; i < TRUNK_SHAPE.length; i++) {
            double[] before = TRUNK_SHAPE[i - 1];
            double[] after = TRUNK_SHAPE[i];
            if (t <= after[0]) {
                double f = (t - before[0]) / (after[0] - before[0]);
                return before[column] + (after[column] - before[column]) * f;
            }
        }
        return TRUNK_SHAPE[TRUNK_SHAPE.length - 1][column];
    }
}
