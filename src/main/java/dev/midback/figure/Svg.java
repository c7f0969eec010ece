package dev.midback.figure;

import java.util.Arrays;
import java.util.List;

/** Small helpers for writing SVG text. */
final class Svg {

    private Svg() {
    }

    /** A number with at most one decimal, no exponent, no trailing ".0". */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A closed path through the points. */
    static String polygonPath(List<Point2> points) {
        StringBuilder d = new StringBuilder();
        for (Point2 p : points) {
            d.append(d.length() == 0 ? "M" : "L").append(num(p.x())).append(' ').append(num(p.y()));
        }
        return d.append('Z').toString();
    }

    /** An open path through the points. */
    static String openPath(List<Point2> points) {
        String closed = polygonPath(points);
        return closed.substring(0, closed.length() - 1);
    }

    static String line(Point2 from, Point2 to, String colour, double width, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + num(from.x()) + "\" y1=\"" + num(from.y()) + "\" x2=\"" + num(to.x())
                + "\" y2=\"" + num(to.y()) + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\"/>";
    }

    static String circle(Point2 centre, double radius, String fill, String stroke, double strokeWidth, String cssClass) {
        return "<circle class=\"" + cssClass + "\" cx=\"" + num(centre.x()) + "\" cy=\"" + num(centre.y()) + "\" r=\""
                + num(radius) + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(strokeWidth) + "\"/>";
    }

    /** The convex hull of the points, counter-clockwise (Andrew's monotone chain). */
    static List<Point2> hull(List<Point2> points) {
        List<Point2> sorted = points.stream()
                .sorted((a, b) -> a.x() != b.x() ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()))
                .toList();
        if (sorted.size() < 3) {
            return sorted;
        }
        Point2[] hull = new Point2[2 * sorted.size()];
        int k = 0;
        for (Point2 p : sorted) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = sorted.size() - 2, lower = k + 1; i >= 0; i--) {
            Point2 p = sorted.get(i);
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        return List.copyOf(Arrays.asList(hull).subList(0, k - 1));
    }

    private static double cross(Point2 o, Point2 a, Point2 b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
