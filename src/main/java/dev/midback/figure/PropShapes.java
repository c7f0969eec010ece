package dev.midback.figure;

import dev.midback.figure.Solid.Ball;
import dev.midback.figure.Solid.Box;
import dev.midback.figure.Solid.Cylinder;
import dev.midback.figure.Solid.Role;
import java.util.ArrayList;
import java.util.List;

/** The sizes of the props, in body units (1 unit is 1% of body height, so about 1.7 cm), and their shapes. */
final class PropShapes {

    static final double MAT_THICKNESS = 1.6;
    static final double BAR_HEIGHT = 108;
    private static final double SEAT_HEIGHT = 26;
    private static final double CHAIR_BACK_TOP = 50;
    private static final double CHAIR_HALF_WIDTH = 11;

    private PropShapes() {
    }

    /** The shapes of a prop standing on the ground (the floor or the mat) under the point (x, z). */
    static List<Solid> under(Prop prop, double x, double z, double ground) {
        return switch (prop.kind()) {
            case TOWEL_ROLL -> List.of(roll(x, z, ground, 4, 13));
            case BLANKET_ROLL -> List.of(roll(x, z, ground, 4.5, 18));
            case MAT_ROLL -> List.of(roll(x, z, ground, 4, 20));
            case FOAM_ROLLER -> List.of(roll(x, z, ground, 5, 26));
            case EXERCISE_BALL -> List.of(new Ball(new Vec3(x, ground + 16.5, z), 16.5, Role.FIRM));
            case YOGA_BLOCK -> List.of(block(prop.height(), x, z, ground));
            case CHAIR -> chair(x, z, ground);
            default -> List.of();
        };
    }

    /** A mat under the whole body, reaching a little beyond it on every side. */
    static Box mat(BodyLayout body) {
        double[] min = {Double.MAX_VALUE, -20};
        double[] max = {-Double.MAX_VALUE, 20};
        for (Vec3 p : body.points().values()) {
            min[0] = Math.min(min[0], p.x() - 8);
            max[0] = Math.max(max[0], p.x() + 8);
            min[1] = Math.min(min[1], p.z() - 8);
            max[1] = Math.max(max[1], p.z() + 8);
        }
        return new Box(new Vec3(min[0], 0, min[1]), new Vec3(max[0], MAT_THICKNESS, max[1]), Role.FIRM);
    }

    static List<Solid> pullUpBar(Vec3 hands) {
        Vec3 centre = new Vec3(hands.x(), BAR_HEIGHT, 0);
        List<Solid> solids = new ArrayList<>();
        solids.add(new Cylinder(centre, 1.5, 35, Role.GRIP));
        for (int end : new int[] {-1, 1}) {
            solids.add(new Box(new Vec3(hands.x() - 1.5, BAR_HEIGHT, end * 35 - 1.5),
                    new Vec3(hands.x() + 1.5, BAR_HEIGHT + 14, end * 35 + 1.5), Role.SHOWN));
        }
        return solids;
    }

    /** A light stick (a broom handle) held in both hands, reaching a little past each of them. */
    static Cylinder stick(Vec3 leftHand, Vec3 rightHand) {
        Vec3 centre = leftHand.towards(rightHand, 0.5);
        return new Cylinder(centre, 0.9, Math.abs(leftHand.z() - rightHand.z()) / 2 + 9, Role.GRIP);
    }

    /** Where a band is tied: ahead of the figure, at ankle, chest or overhead height. */
    static Vec3 bandAnchor(PropHeight height, Vec3 neck, double ground) {
        return switch (height) {
            case LOW -> new Vec3(neck.x() + 45, ground + 4, 0);
            case MIDDLE -> new Vec3(neck.x() + 58, neck.y() - 8, 0);
            case HIGH -> new Vec3(neck.x() + 30, neck.y() + 42, 0);
        };
    }

    static Box bandAnchorBox(Vec3 anchor) {
        return new Box(anchor.minus(new Vec3(1.5, 1.5, 1.5)), anchor.plus(new Vec3(1.5, 1.5, 1.5)), Role.SHOWN);
    }

    private static Cylinder roll(double x, double z, double ground, double radius, double halfLength) {
        return new Cylinder(new Vec3(x, ground + radius, z), radius, halfLength, Role.FIRM);
    }

    /** A block lying across the body, its long side along z. */
    private static Box block(PropHeight height, double x, double z, double ground) {
        Vec3 size = switch (height) {
            case LOW -> new Vec3(9, 4.5, 13);
            case MIDDLE -> new Vec3(4.5, 9, 13);
            case HIGH -> new Vec3(4.5, 13, 9);
        };
        Vec3 min = new Vec3(x - size.x() / 2, ground, z - size.z() / 2);
        return new Box(min, min.plus(size), Role.FIRM);
    }

    /** A chair whose seat is under (x, z), facing +x: seat, four legs, the back legs rising into a backrest. */
    private static List<Solid> chair(double x, double z, double ground) {
        double back = x - 9;
        double front = x + 15;
        List<Solid> parts = new ArrayList<>();
        parts.add(new Box(new Vec3(back, ground + SEAT_HEIGHT - 2.5, z - CHAIR_HALF_WIDTH),
                new Vec3(front, ground + SEAT_HEIGHT, z + CHAIR_HALF_WIDTH), Role.FIRM));
        for (double side : new double[] {-1, 1}) {
            double legZ = z + side * (CHAIR_HALF_WIDTH - 1);
            parts.add(new Box(new Vec3(front - 2, ground, legZ - 1), new Vec3(front, ground + SEAT_HEIGHT, legZ + 1), Role.FIRM));
            parts.add(new Box(new Vec3(back, ground, legZ - 1), new Vec3(back + 2, ground + CHAIR_BACK_TOP, legZ + 1), Role.FIRM));
        }
        parts.add(new Box(new Vec3(back, ground + CHAIR_BACK_TOP - 9, z - CHAIR_HALF_WIDTH),
                new Vec3(back + 2, ground + CHAIR_BACK_TOP, z + CHAIR_HALF_WIDTH), Role.FIRM));
        return parts;
    }
}
