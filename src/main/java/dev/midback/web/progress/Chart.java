package dev.midback.web.progress;

import java.util.ArrayList;
import java.util.List;

/** The parts the progress charts share: the plot box, axis ticks, points, and how values map to drawing units. */
public final class Chart {

    /** Drawing units across every chart; the SVG scales to the width it is given. */
    static final int WIDTH = 440;

    private Chart() {
    }

    /** The plotting area inside the axes. */
    public record Box(double left, double top, double right, double bottom) {

        public double width() {
            return right - left;
        }

        public double height() {
            return bottom - top;
        }
    }

    /** A label on an axis, at a position along it, and which of its ends (or its middle) sits there. */
    public record Tick(double at, String text, String anchor) {

        public Tick(double at, String text) {
            this(at, text, "middle");
        }
    }

    /** A data point where it is drawn, with what it says in words. */
    public record Dot(double x, double y, String text) {

        /** The corner of a square of this size centred on the point. */
        public double cornerX(double size) {
            return round(x - size / 2);
        }

        public double cornerY(double size) {
            return round(y - size / 2);
        }

        /** The three corners of a triangle of this size centred on the point, for a polygon. */
        public String triangle(double size) {
            double h = size * 0.9;
            return round(x) + "," + round(y - h / 2) + " " + round(x + size / 2) + "," + round(y + h / 2) + " "
                    + round(x - size / 2) + "," + round(y + h / 2);
        }
    }

    /** Maps values from {@code from..to} onto drawing units {@code start..end} (the middle when the range is one value). */
    static double scale(double value, double from, double to, double start, double end) {
        if (to == from) {
            return round((start + end) / 2);
        }
        return round(start + (value - from) * (end - start) / (to - from));
    }

    /** A value rounded to a tenth of a unit, so the SVG stays short. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Points as an SVG polyline's {@code points} attribute. */
    static String polyline(List<Dot> dots) {
        StringBuilder points = new StringBuilder();
        for (Dot d : dots) {
            points.append(points.length() == 0 ? "" : " ").append(d.x()).append(',').append(d.y());
        }
        return points.toString();
    }

    /** The smallest round top for an axis that starts at 0 and must reach {@code max}: 1, 2, 5, 10, 20, 50... */
    static int niceTop(int max) {
        int top = 1;
        while (true) {
            for (int f : new int[] {1, 2, 5}) {
                if (top * f >= max) {
                    return top * f;
                }
            }
            top *= 10;
        }
    }

    /** Whole-number ticks from 0 to {@code top}, at most about five of them. */
    static List<Integer> steps(int top) {
        int step = Math.max(1, niceTop(Math.max(1, top / 5)));
        while (top / step > 5) {
            step = niceTop(step + 1);
        }
        List<Integer> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(v);
        }
        return ticks;
    }
}
