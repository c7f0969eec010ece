package dev.midback.figure;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Checks that a figure stands where it should: every body point a frame lists as a contact touches the floor
 * or a prop, and no body point sinks into the floor or a firm prop. Distances are in body units (1% of height).
 */
public final class ContactCheck {

    /** How far a contact may be from its surface, or a point may sink into one, in body units. */
    public static final double TOLERANCE = 1.5;

    /** Reports each problem as (field path relative to the figure block, message). */
    public void check(Figure figure, BiConsumer<String, String> problems) {
        List<Frame> frames = figure.frames();
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            Scene scene = Scene.of(frame);
            String path = "frames[" + i + "]";
            List<BodyPoint> contacts = frame.contacts();
            for (int j = 0; j < contacts.size(); j++) {
                BodyPoint point = contacts.get(j);
                Gap nearest = nearestSurface(scene, point);
                if (Math.abs(nearest.distance()) > TOLERANCE) {
                    problems.accept(path + ".contacts[" + j + "]", point.key() + " should rest on the floor or a prop but is "
                            + nearest.describe() + " in frame '" + frame.name() + "'");
                }
            }
            for (BodyPoint point : BodyPoint.values()) {
                Gap deepest = deepestSinking(scene, point);
                if (deepest.distance() < -TOLERANCE) {
                    problems.accept(path + ".pose", point.key() + " sinks " + deepest.describe() + " in frame '" + frame.name() + "'");
                }
            }
        }
    }

    /** The gap between a body point's surface and a floor or prop surface: positive apart, negative sunk in. */
    private record Gap(double distance, String surface) {
        String describe() {
            String amount = String.format(Locale.ROOT, "%.1f", Math.abs(distance));
            return distance >= 0 ? amount + " units away from the " + surface : amount + " units into the " + surface;
        }
    }

    private static Gap nearestSurface(Scene scene, BodyPoint point) {
        Vec3 p = scene.body().point(point);
        double radius = point.radius();
        Gap best = new Gap(p.y() - radius, "floor");
        for (StagedProp prop : scene.props()) {
            for (Solid solid : prop.solids()) {
                double gap = solid.distance(p) - radius;
                if (solid.role() == Solid.Role.GRIP) {
                    gap = Math.max(gap, 0);
                } else if (solid.role() != Solid.Role.FIRM) {
                    continue;
                }
                if (Math.abs(gap) < Math.abs(best.distance())) {
                    best = new Gap(gap, prop.prop().kind().key());
                }
            }
        }
        return best;
    }

    private static Gap deepestSinking(Scene scene, BodyPoint point) {
        Vec3 p = scene.body().point(point);
        double radius = point.radius();
        Gap worst = new Gap(p.y() - radius, "floor");
        for (StagedProp prop : scene.props()) {
            for (Solid solid : prop.solids()) {
                double gap = solid.distance(p) - radius;
                if (solid.role() == Solid.Role.FIRM && gap < worst.distance()) {
                    worst = new Gap(gap, prop.prop().kind().key());
                }
            }
        }
        return worst;
    }
}
