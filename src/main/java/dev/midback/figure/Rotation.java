package dev.midback.figure;

/** A 3x3 rotation matrix, row by row; its columns are the rotated x, y and z axes. */
record Rotation(double xx, double xy, double xz, double yx, double yy, double yz, double zx, double zy, double zz) {

    static final Rotation IDENTITY = new Rotation(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** Turns y toward z for positive degrees. */
    static Rotation aboutX(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Turns z toward x for positive degrees. */
    static Rotation aboutY(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    /** Turns x toward y for positive degrees. */
    static Rotation aboutZ(double degrees) {
        double c = cos(degrees);
        double s = sin(degrees);
        return new Rotation(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    Rotation then(Rotation local) {
        return new Rotation(
                xx * local.xx + xy * local.yx + xz * local.zx,
                xx * local.xy + xy * local.yy + xz * local.zy,
                xx * local.xz + xy * local.yz + xz * local.zz,
                yx * local.xx + yy * local.yx + yz * local.zx,
                yx * local.xy + yy * local.yy + yz * local.zy,
                yx * local.xz + yy * local.yz + yz * local.zz,
                zx * local.xx + zy * local.yx + zz * local.zx,
                zx * local.xy + zy * local.yy + zz * local.zy,
                zx * local.xz + zy * local.yz + zz * local.zz);
    }

    Vec3 apply(Vec3 v) {
        return new Vec3(
                xx * v.x() + xy * v.y() + xz * v.z(),
                yx * v.x() + yy * v.y() + yz * v.z(),
                zx * v.x() + zy * v.y() + zz * v.z());
    }

    Vec3 forward() {
        return new Vec3(xx, yx, zx);
    }

    Vec3 up() {
        return new Vec3(xy, yy, zy);
    }

    Vec3 right() {
        return new Vec3(xz, yz, zz);
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
