package dev.midback.figure;

/** A point or direction on the picture plane, y up. */
record Point2(double x, double y) {

    Point2 plus(Point2 other) {
        return new Point2(x + other.x, y + other.y);
    }

    Point2 minus(Point2 other) {
        return new Point2(x - other.x, y - other.y);
    }

    Point2 times(double factor) {
        return new Point2(x * factor, y * factor);
    }

    Point2 towards(Point2 other, double t) {
        return plus(other.minus(this).times(t));
    }

    double dot(Point2 other) {
        return x * other.x + y * other.y;
    }

    double length() {
        return Math.hypot(x, y);
    }

    Point2 unit() {
        double length = length();
        return length == 0 ? this : times(1 / length);
    }

    /** This direction turned a quarter turn counter-clockwise. */
    Point2 perpendicular() {
        return new Point2(-y, x);
    }
}
