package dev.midback.figure;

/** Projects the 3D scene onto the picture plane, straight along the viewing direction. */
record Camera(View view, double turn, double tilt, boolean flip) {

    static Camera of(Figure figure) {
        return new Camera(figure.view(), figure.turn(), figure.tilt(), figure.flip());
    }

    /** Whether the viewpoint is level with the floor, so the floor shows as a strip beneath the figure. */
    boolean levelWithFloor() {
        return view != View.TOP && tilt == 0;
    }

    /** The angle, seen from above, from the figure's right side (0) toward its front (90) at which the viewer stands. */
    private double yaw() {
        return Math.toRadians((view == View.FRONT ? 90 : 0) + turn);
    }

    /** The picture's right direction in space. */
    private Vec3 right() {
        return new Vec3(Math.cos(yaw()), 0, -Math.sin(yaw()));
    }

    /**
     * The picture's up direction in space: up (leaning away from the viewer when the viewpoint is tilted), or
     * from above the direction a standing figure's left side is.
     */
    private Vec3 up() {
        Vec3 right = right();
        if (view == View.TOP) {
            return new Vec3(right.z(), 0, -right.x());
        }
        return Vec3.UP.times(Math.cos(pitch())).minus(alongFloor().times(Math.sin(pitch())));
    }

    /** The direction from the scene toward the viewer. */
    Vec3 toViewer() {
        return view == View.TOP ? Vec3.UP : alongFloor().times(Math.cos(pitch())).plus(Vec3.UP.times(Math.sin(pitch())));
    }

    /** The direction toward the viewer along the floor. */
    private Vec3 alongFloor() {
        return new Vec3(Math.sin(yaw()), 0, Math.cos(yaw()));
    }

    private double pitch() {
        return Math.toRadians(tilt);
    }

    Point2 project(Vec3 p) {
        double x = p.dot(right());
        return new Point2(flip ? -x : x, p.dot(up()));
    }

    /** A direction projected onto the picture plane, keeping its length there. */
    Point2 direction(Vec3 v) {
        return project(v);
    }

    /** How near a point is to the viewer: larger is nearer. */
    double depth(Vec3 p) {
        return p.dot(toViewer());
    }
}
