package dev.midback.figure;

/** Maps the picture plane (body units, y up) onto SVG user space (y down). */
record Canvas(Camera camera, double scale, double offsetX, double offsetY) {

    Point2 place(Vec3 p) {
        Point2 projected = camera.project(p);
        return new Point2(offsetX + scale * projected.x(), offsetY - scale * projected.y());
    }

    /** A direction in space as it appears in SVG user space. */
    Point2 direction(Vec3 v) {
        Point2 projected = camera.direction(v);
        return new Point2(scale * projected.x(), -scale * projected.y());
    }

    double depth(Vec3 p) {
        return camera.depth(p);
    }
}
