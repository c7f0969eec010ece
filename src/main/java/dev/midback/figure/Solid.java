package dev.midback.figure;

import java.util.ArrayList;
import java.util.List;

/** A shape of a prop in the figure's 3D space. */
sealed interface Solid {

    /** What the body may do with a solid. */
    enum Role {
        /** The body rests on it and cannot sink into it. */
        FIRM,
        /** The hands hold it: touching counts as contact, and the hands may close around it. */
        GRIP,
        /** Only drawn. */
        SHOWN
    }

    Role role();

    /** The signed distance from a point to the surface: negative inside. */
    double distance(Vec3 p);

    /**
     * The height at which a ball of the given radius, lowered straight down at (x, z), would come to rest on
     * this solid, or {@code NaN} when it would miss.
     */
    double restingHeight(double x, double z, double radius);

    /** Points on the surface whose projection outlines the solid. */
    List<Vec3> outline();

    /** An upright box. */
    record Box(Vec3 min, Vec3 max, Role role) implements Solid {

        @Override
        public double distance(Vec3 p) {
            Vec3 centre = min.towards(max, 0.5);
            Vec3 half = max.minus(min).times(0.5);
            double qx = Math.abs(p.x() - centre.x()) - half.x();
            double qy = Math.abs(p.y() - centre.y()) - half.y();
            double qz = Math.abs(p.z() - centre.z()) - half.z();
            double outside = new Vec3(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)).length();
            return outside + Math.min(Math.max(qx, Math.max(qy, qz)), 0);
        }

        @Override
        public double restingHeight(double x, double z, double radius) {
            double dx = Math.max(0, Math.max(min.x() - x, x - max.x()));
            double dz = Math.max(0, Math.max(min.z() - z, z - max.z()));
            double off = Math.hypot(dx, dz);
            return off > radius ? Double.NaN : max.y() + Math.sqrt(radius * radius - off * off);
        }

        @Override
        public List<Vec3> outline() {
            List<Vec3> corners = new ArrayList<>();
            for (double x : new double[] {min.x(), max.x()}) {
                for (double y : new double[] {min.y(), max.y()}) {
                    for (double z : new double[] {min.z(), max.z()}) {
                        corners.add(new Vec3(x, y, z));
                    }
                }
            }
            return corners;
        }
    }

    /** A cylinder lying across the figure, its axis along z. */
    record Cylinder(Vec3 centre, double radius, double halfLength, Role role) implements Solid {

        @Override
        public double distance(Vec3 p) {
            double across = Math.hypot(p.x() - centre.x(), p.y() - centre.y()) - radius;
            double along = Math.abs(p.z() - centre.z()) - halfLength;
            double outside = Math.hypot(Math.max(across, 0), Math.max(along, 0));
            return outside + Math.min(Math.max(across, along), 0);
        }

        @Override
        public double restingHeight(double x, double z, double bodyRadius) {
            double reach = radius + bodyRadius;
            double dx = x - centre.x();
            if (Math.abs(dx) > reach || Math.abs(z - centre.z()) > halfLength + bodyRadius) {
                return Double.NaN;
            }
            return centre.y() + Math.sqrt(reach * reach - dx * dx);
        }

        @Override
        public List<Vec3> outline() {
            List<Vec3> points = new ArrayList<>();
            points.addAll(end(-1, radius));
            points.addAll(end(1, radius));
            return points;
        }

        /** Points around one end, {@code end} being -1 (left of the figure) or 1 (right), at a given radius. */
        List<Vec3> end(int end, double atRadius) {
            List<Vec3> points = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                double a = Math.toRadians(i * 10);
                points.add(centre.plus(new Vec3(atRadius * Math.cos(a), atRadius * Math.sin(a), end * halfLength)));
            }
            return points;
        }
    }

    /** A ball. */
    record Ball(Vec3 centre, double radius, Role role) implements Solid {

        @Override
        public double distance(Vec3 p) {
            return p.minus(centre).length() - radius;
        }

        @Override
        public double restingHeight(double x, double z, double bodyRadius) {
            double reach = radius + bodyRadius;
            double flat = Math.hypot(x - centre.x(), z - centre.z());
            return flat > reach ? Double.NaN : centre.y() + Math.sqrt(reach * reach - flat * flat);
        }

        @Override
        public List<Vec3> outline() {
            return List.of(centre);
        }
    }
}
