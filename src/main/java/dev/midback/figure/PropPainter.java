package dev.midback.figure;

import dev.midback.figure.Solid.Ball;
import dev.midback.figure.Solid.Box;
import dev.midback.figure.Solid.Cylinder;
import java.util.ArrayList;
import java.util.List;

/** Draws the props: solids as filled outlines with a few telling details, bands and plumb lines as lines. */
final class PropPainter {

    private PropPainter() {
    }

    /** The solid parts of the props, drawn behind the body. */
    static List<Drawable> solids(List<StagedProp> props, Canvas canvas) {
        List<Drawable> drawables = new ArrayList<>();
        for (StagedProp prop : props) {
            PropKind kind = prop.prop().kind();
            for (Solid solid : prop.solids()) {
                drawables.add(new Drawable(depth(solid, canvas), group(kind, paint(solid, kind, canvas)), bounds(solid, canvas)));
            }
        }
        return drawables;
    }

    /** The line props, drawn over the body: a band from its anchor to the hands, a dashed plumb line. */
    static List<Drawable> lines(List<StagedProp> props, Canvas canvas) {
        List<Drawable> lines = new ArrayList<>();
        for (StagedProp prop : props) {
            if (prop.line().isEmpty()) {
                continue;
            }
            PropKind kind = prop.prop().kind();
            StringBuilder points = new StringBuilder();
            List<Point2> placed = prop.line().stream().map(canvas::place).toList();
            for (Point2 at : placed) {
                points.append(Svg.num(at.x())).append(',').append(Svg.num(at.y())).append(' ');
            }
            String dash = kind == PropKind.PLUMB_LINE ? " stroke-dasharray=\"3 2.5\"" : "";
            double width = (kind == PropKind.PLUMB_LINE ? 0.9 : 1.4) * canvas.scale();
            lines.add(new Drawable(Double.MAX_VALUE, group(kind, "<polyline class=\"" + Palette.CORD + "\" points=\""
                    + points.toString().trim() + "\" fill=\"none\" stroke=\"" + Palette.LIGHT.cord() + "\" stroke-width=\""
                    + Svg.num(width) + "\"" + dash + "/>"), Bounds.around(placed, width / 2)));
        }
        return lines;
    }

    /** Marks a prop's drawing with its kind, e.g. {@code class="prop prop-towel-roll"}, for styling and tests. */
    private static String group(PropKind kind, String svg) {
        return "<g class=\"prop prop-" + kind.key() + "\">" + svg + "</g>";
    }

    private static double depth(Solid solid, Canvas canvas) {
        return solid.outline().stream().mapToDouble(canvas::depth).average().orElse(0);
    }

    /** The box a solid covers in the picture, its outline included. */
    private static Bounds bounds(Solid solid, Canvas canvas) {
        double stroke = BodyPainter.OUTLINE * canvas.scale() / 2;
        if (solid instanceof Ball ball) {
            return Bounds.around(canvas.place(ball.centre()), ball.radius() * canvas.scale() + stroke);
        }
        return Bounds.around(solid.outline().stream().map(canvas::place).toList(), stroke);
    }

    private static String paint(Solid solid, PropKind kind, Canvas canvas) {
        String fill = Palette.fill(kind);
        String stroke = Palette.LIGHT.outline();
        double width = BodyPainter.OUTLINE * canvas.scale();
        if (solid instanceof Ball ball) {
            Point2 c = canvas.place(ball.centre());
            double r = ball.radius() * canvas.scale();
            return Svg.circle(c, r, fill, stroke, width, Palette.OUTLINE) + seam(c, r, stroke, width * 0.7);
        }
        List<Point2> outline = Svg.hull(solid.outline().stream().map(canvas::place).toList());
        String shape = "<path class=\"" + Palette.OUTLINE + "\" d=\"" + Svg.polygonPath(outline) + "\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"" + Svg.num(width) + "\" stroke-linejoin=\"round\"/>";
        if (solid instanceof Cylinder cylinder) {
            return shape + end(cylinder, kind, canvas, stroke, width);
        }
        return solid instanceof Box ? shape : "";
    }

    /** Two curved seams that make a circle read as a ball. */
    private static String seam(Point2 c, double r, String stroke, double width) {
        String arc = "<path class=\"" + Palette.OUTLINE + "\" d=\"M%s %s A%s %s 0 0 0 %s %s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" opacity=\"0.6\"/>";
        return String.format(arc, Svg.num(c.x() - r), Svg.num(c.y()), Svg.num(r), Svg.num(r * 0.35), Svg.num(c.x() + r),
                Svg.num(c.y()), stroke, Svg.num(width))
                + String.format(arc, Svg.num(c.x()), Svg.num(c.y() - r), Svg.num(r * 0.35), Svg.num(r), Svg.num(c.x()),
                Svg.num(c.y() + r), stroke, Svg.num(width));
    }

    /** The end of a cylinder when it faces the viewer: the core of a foam roller, the spiral of a rolled towel. */
    private static String end(Cylinder cylinder, PropKind kind, Canvas canvas, String stroke, double width) {
        double facing = canvas.camera().toViewer().z();
        if (Math.abs(facing) < 0.3 || kind == PropKind.PULL_UP_BAR) {
            return "";
        }
        int end = facing > 0 ? 1 : -1;
        List<Point2> rim = cylinder.end(end, cylinder.radius()).stream().map(canvas::place).toList();
        StringBuilder svg = new StringBuilder("<path class=\"" + Palette.OUTLINE + "\" d=\"" + Svg.polygonPath(rim) + "\" fill=\"none\" stroke=\"" + stroke
                + "\" stroke-width=\"" + Svg.num(width) + "\"/>");
        if (kind == PropKind.FOAM_ROLLER) {
            List<Point2> core = cylinder.end(end, cylinder.radius() * 0.35).stream().map(canvas::place).toList();
            svg.append("<path class=\"").append(Palette.OUTLINE).append("\" d=\"").append(Svg.polygonPath(core))
                    .append("\" fill=\"#ffffff\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(Svg.num(width)).append("\"/>");
        } else {
            svg.append(spiral(cylinder, end, canvas, stroke, width));
        }
        return svg.toString();
    }

    private static String spiral(Cylinder cylinder, int end, Canvas canvas, String stroke, double width) {
        StringBuilder d = new StringBuilder();
        int steps = 48;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double a = t * 4 * Math.PI;
            double r = cylinder.radius() * (0.12 + 0.75 * t);
            Vec3 p = cylinder.centre().plus(new Vec3(r * Math.cos(a), r * Math.sin(a), end * cylinder.halfLength()));
            Point2 at = canvas.place(p);
            d.append(i == 0 ? "M" : "L").append(Svg.num(at.x())).append(' ').append(Svg.num(at.y()));
        }
        return "<path class=\"" + Palette.OUTLINE + "\" d=\"" + d + "\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"" + Svg.num(width * 0.8) + "\"/>";
    }
}
