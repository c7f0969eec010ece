package dev.midback.figure;

import java.util.List;

/** The box a drawing covers in SVG user space (y down). */
record Bounds(double minX, double minY, double maxX, double maxY) {

    static final Bounds EMPTY = new Bounds(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);

    /** The box around the points, widened by {@code pad} on every side (half a stroke's width, a circle's radius). */
    static Bounds around(List<Point2> points, double pad) {
        Bounds box = EMPTY;
        for (Point2 p : points) {
            box = box.union(new Bounds(p.x() - pad, p.y() - pad, p.x() + pad, p.y() + pad));
        }
        return box;
    }

    static Bounds around(Point2 centre, double radius) {
        return around(List.of(centre), radius);
    }

    Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    /** Whether this box lies inside the rectangle from (0, 0) to (width, height). */
    boolean within(double width, double height) {
        return isEmpty() || (minX >= 0 && minY >= 0 && maxX <= width && maxY <= height);
    }

    Point2 middle() {
        return new Point2((minX + maxX) / 2, (minY + maxY) / 2);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
