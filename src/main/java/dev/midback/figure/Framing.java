package dev.midback.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits scenes into the picture: the scenes of a figure together, as large as the picture allows, centred,
 * with a strip of floor beneath a view level with the floor, so the body fills its box and does not jump from frame
 * to frame.
 */
final class Framing {

    static final double WIDTH = 180;
    static final double HEIGHT = 135;
    /** The empty border around the drawing, room for outlines and movement arrows. */
    static final double MARGIN = 7;
    /** The least floor shown beneath the figure. */
    private static final double FLOOR_STRIP = 8;
    /** The largest enlargement, so that a small prop-free figure is not drawn larger than life on the page. */
    private static final double MAX_SCALE = 2.2;

    private Framing() {
    }

    static Canvas fit(Camera camera, List<Scene> scenes) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Scene scene : scenes) {
            for (Point2 p : extremes(scene, camera)) {
                box[0] = Math.min(box[0], p.x());
                box[1] = Math.min(box[1], p.y());
                box[2] = Math.max(box[2], p.x());
                box[3] = Math.max(box[3], p.y());
            }
        }
        double width = box[2] - box[0];
        double centreX = (box[0] + box[2]) / 2;
        if (!camera.levelWithFloor()) {
            double height = box[3] - box[1];
            double scale = Math.min(MAX_SCALE, Math.min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height));
            return new Canvas(camera, scale, WIDTH / 2 - scale * centreX, HEIGHT / 2 + scale * (box[1] + box[3]) / 2);
        }
        double top = Math.max(box[3], 1);
        double scale = Math.min(MAX_SCALE, Math.min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN - FLOOR_STRIP) / top));
        double room = HEIGHT - FLOOR_STRIP - MARGIN - scale * top;
        double floor = HEIGHT - FLOOR_STRIP - 0.4 * room;
        return new Canvas(camera, scale, WIDTH / 2 - scale * centreX, floor);
    }

    /** Points at the edges of everything drawn in a scene, on the picture plane. */
    private static List<Point2> extremes(Scene scene, Camera camera) {
        List<Point2> points = new ArrayList<>();
        scene.body().points().forEach((point, place) -> around(points, camera.project(place), point.radius()));
        scene.body().spine().forEach(s -> around(points, camera.project(s.centre()), s.halfWidth()));
        for (StagedProp prop : scene.props()) {
            for (Solid solid : prop.solids()) {
                double radius = solid instanceof Solid.Ball ball ? ball.radius() : 0;
                solid.outline().forEach(p -> around(points, camera.project(p), radius));
            }
            prop.line().forEach(p -> points.add(camera.project(p)));
        }
        return points;
    }

    private static void around(List<Point2> points, Point2 centre, double radius) {
        points.add(centre.plus(new Point2(radius, radius)));
        points.add(centre.minus(new Point2(radius, radius)));
    }
}
