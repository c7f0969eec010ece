package dev.midback.figure;

/** A point or direction in the figure's 3D space: x forward, y up, z to the figure's right; 1 unit is 1% of body height. */
record Vec3(double x, double y, double z) {

    static final Vec3 ZERO = new Vec3(0, 0, 0);
    static final Vec3 DOWN = new Vec3(0, -1, 0);
    static final Vec3 UP = new Vec3(0, 1, 0);

    Vec3 plus(Vec3 other) {
        return new Vec3(x + other.x, y + other.y, z + other.z);
    }

    Vec3 minus(Vec3 other) {
        return new Vec3(x - other.x, y - other.y, z - other.z);
    }

    Vec3 times(double factor) {
        return new Vec3(x * factor, y * factor, z * factor);
    }

    double dot(Vec3 other) {
        return x * other.x + y * other.y + z * other.z;
    }

    Vec3 cross(Vec3 other) {
        return new Vec3(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec3 unit() {
        double length = length();
        return length == 0 ? this : times(1 / length);
    }

    Vec3 towards(Vec3 other, double t) {
        return plus(other.minus(this).times(t));
    }

    Vec3 withY(double newY) {
        return new Vec3(x, newY, z);
    }
}
