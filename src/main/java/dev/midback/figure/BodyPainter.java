package dev.midback.figure;

import dev.midback.figure.BodyLayout.SpineSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draws the body as filled shapes with an outline: rounded limbs (the far side in a darker shade), a trunk
 * whose outline follows the curve of the spine, the worked stretch of the back tinted with its edge marked,
 * and a head whose hair, eye and nose show which way the face looks.
 */
final class BodyPainter {

    /** The width of every outline, in body units. */
    static final double OUTLINE = 0.8;
    private static final double HEAD_RADIUS = BodyPoint.HEAD.radius();
    /** How much of the trunk's width the tint covers when the back or chest faces the viewer. */
    private static final double FACE_ON_TINT = 0.6;

    /** One limb: the body points it runs through and its thickness at each segment. */
    private record Limb(List<BodyPoint> joints, List<Double> widths, boolean arm) {
    }

    private static final List<Limb> LEFT_LIMBS = List.of(
            new Limb(List.of(BodyPoint.LEFT_SHOULDER, BodyPoint.LEFT_ELBOW, BodyPoint.LEFT_WRIST, BodyPoint.LEFT_FINGERTIPS),
                    List.of(5.0, 4.2, 3.2), true),
            new Limb(List.of(BodyPoint.LEFT_HIP, BodyPoint.LEFT_KNEE, BodyPoint.LEFT_ANKLE), List.of(7.4, 5.6), false),
            new Limb(List.of(BodyPoint.LEFT_HEEL, BodyPoint.LEFT_TOE), List.of(3.4), false));

    private BodyPainter() {
    }

    static List<Drawable> paint(BodyLayout body, Canvas canvas, Set<BodyRegion> worked) {
        List<Drawable> drawables = new ArrayList<>();
        double armsLean = canvas.depth(body.point(BodyPoint.RIGHT_SHOULDER)) - canvas.depth(body.point(BodyPoint.LEFT_SHOULDER));
        double legsLean = canvas.depth(body.point(BodyPoint.RIGHT_HIP)) - canvas.depth(body.point(BodyPoint.LEFT_HIP));
        TrunkDepth trunk = TrunkDepth.of(body, canvas);
        for (Side side : Side.values()) {
            for (Limb limb : LEFT_LIMBS) {
                double lean = side.sign() * (limb.arm() ? armsLean : legsLean);
                drawables.addAll(limb(body, canvas, side, limb, lean < -2, trunk));
            }
        }
        drawables.add(torso(body, canvas, worked));
        drawables.add(head(body, canvas, worked.contains(BodyRegion.NECK)));
        return drawables;
    }

    /**
     * A limb, one segment at a time so each is drawn in its own place among the nearer and farther parts: its
     * outline, then its fill over it. A segment's fill reaches back over the joint it starts from, so the
     * segments join without a seam.
     */
    private static List<Drawable> limb(BodyLayout body, Canvas canvas, Side side, Limb limb, boolean far, TrunkDepth trunk) {
        List<Drawable> segments = new ArrayList<>();
        double outline = OUTLINE * canvas.scale();
        String fill = far ? Palette.LIGHT.farBody() : Palette.LIGHT.body();
        String fillClass = far ? Palette.FAR_STROKE : Palette.BODY_STROKE;
        for (int i = 0; i + 1 < limb.joints().size(); i++) {
            Vec3 from = body.point(side.of(limb.joints().get(i)));
            Vec3 to = body.point(side.of(limb.joints().get(i + 1)));
            Point2 a = canvas.place(from);
            Point2 b = canvas.place(to);
            double w = limb.widths().get(i) * canvas.scale();
            String svg = Svg.line(a, b, Palette.LIGHT.outline(), w + 2 * outline, Palette.OUTLINE) + Svg.line(a, b, fill, w, fillClass);
            if (i > 0) {
                double before = limb.widths().get(i - 1) * canvas.scale();
                svg += Svg.circle(a, Math.min(w, before) / 2, fill, "none", 0, far ? Palette.FAR_FILL : Palette.BODY_FILL);
            }
            double depth = trunk.relative(a.towards(b, 0.5), (canvas.depth(from) + canvas.depth(to)) / 2);
            segments.add(new Drawable(depth, svg, Bounds.around(List.of(a, b), w / 2 + outline)));
        }
        return segments;
    }

    /**
     * How near the trunk is to the viewer, on the whole and where a limb crosses it. A limb is drawn over the trunk
     * when it is nearer than the part of the trunk it crosses, so thighs tucked under the body in a view from
     * behind and above stay hidden while a near arm lies over the chest.
     */
    private record TrunkDepth(List<Point2> centres, List<Double> depths, double overall) {

        static TrunkDepth of(BodyLayout body, Canvas canvas) {
            List<Point2> centres = body.spine().stream().map(s -> canvas.place(s.centre())).toList();
            List<Double> depths = body.spine().stream().map(s -> canvas.depth(s.centre())).toList();
            return new TrunkDepth(centres, depths, depths.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }

        /** The depth to sort a part by: the trunk's own, shifted by how much nearer the part is than the trunk beside it. */
        double relative(Point2 at, double depth) {
            int nearest = 0;
            for (int i = 1; i < centres.size(); i++) {
                if (centres.get(i).minus(at).length() < centres.get(nearest).minus(at).length()) {
                    nearest = i;
                }
            }
            return overall + depth - depths.get(nearest);
        }
    }

    /**
     * The trunk: the outline swept by its elliptical cross-sections along the spine as seen from the camera, so a
     * side view shows the chest's depth and the curve of the back, and a front view the shoulders' width.
     */
    private static Drawable torso(BodyLayout body, Canvas canvas, Set<BodyRegion> worked) {
        Outline trunk = Outline.of(body.spine(), canvas);
        List<Point2> outline = trunk.closed(canvas);
        String path = Svg.polygonPath(outline);
        double stroke = OUTLINE * canvas.scale();
        StringBuilder svg = new StringBuilder("<path class=\"" + Palette.BODY + "\" d=\"" + path + "\" fill=\""
                + Palette.LIGHT.body() + "\" stroke=\"" + Palette.LIGHT.outline() + "\" stroke-width=\"" + Svg.num(stroke) + "\"/>");
        svg.append(highlight(trunk, canvas, worked));
        double depth = body.spine().stream().mapToDouble(s -> canvas.depth(s.centre())).average().orElse(0);
        return new Drawable(depth, "<g class=\"torso\">" + svg + "</g>", Bounds.around(outline, stroke / 2));
    }

    /**
     * The worked stretch of the back: seen from the side, a tint over the back half of the trunk and a bold line
     * along the back's outline; seen from behind, a tint across the back; seen from the front, the same tint
     * edged with a dashed line, as a region behind.
     */
    private static String highlight(Outline trunk, Canvas canvas, Set<BodyRegion> worked) {
        StringBuilder svg = new StringBuilder();
        for (int[] run : trunk.runs(worked)) {
            List<Point2> patch = new ArrayList<>();
            List<Point2> edge = new ArrayList<>();
            if (trunk.seenFromTheSide()) {
                for (int i = run[0]; i <= run[1]; i++) {
                    edge.add(trunk.back(i));
                    patch.add(trunk.back(i));
                }
                for (int i = run[1]; i >= run[0]; i--) {
                    patch.add(trunk.back(i).plus(trunk.inward(i).times(trunk.extent(i))));
                }
            } else {
                for (int i = run[0]; i <= run[1]; i++) {
                    patch.add(trunk.across(i, FACE_ON_TINT));
                }
                for (int i = run[1]; i >= run[0]; i--) {
                    patch.add(trunk.across(i, -FACE_ON_TINT));
                }
            }
            svg.append("<path class=\"").append(Palette.WORK).append("\" d=\"").append(Svg.polygonPath(patch))
                    .append("\" fill=\"").append(Palette.LIGHT.work()).append('"');
            svg.append("/>");
            double width = 2.2 * OUTLINE * canvas.scale();
            if (trunk.seenFromTheSide()) {
                svg.append("<path class=\"").append(Palette.WORK_EDGE).append("\" d=\"").append(Svg.openPath(edge))
                        .append("\" fill=\"none\" stroke=\"").append(Palette.LIGHT.workEdge()).append("\" stroke-width=\"")
                        .append(Svg.num(width)).append("\"/>");
            } else if (trunk.chestToViewer()) {
                svg.append("<path class=\"").append(Palette.WORK_EDGE).append("\" d=\"").append(Svg.polygonPath(patch))
                        .append("\" fill=\"none\" stroke=\"").append(Palette.LIGHT.workEdge()).append("\" stroke-width=\"")
                        .append(Svg.num(width / 2)).append("\" stroke-dasharray=\"").append(Svg.num(2 * width)).append(' ')
                        .append(Svg.num(1.5 * width)).append("\"/>");
            }
        }
        return svg.toString();
    }

    /** The trunk's outline: for each cross-section its centre, the direction across the picture and its half extent. */
    private record Outline(List<Double> along, List<Point2> centres, List<Point2> normals, List<Double> extents,
                           List<Double> fronts, double chest) {

        static Outline of(List<SpineSection> spine, Canvas canvas) {
            int n = spine.size();
            List<Point2> centres = spine.stream().map(s -> canvas.place(s.centre())).toList();
            List<Double> along = new ArrayList<>();
            List<Point2> normals = new ArrayList<>();
            List<Double> extents = new ArrayList<>();
            List<Double> fronts = new ArrayList<>();
            Point2 normal = canvas.direction(spine.get(0).axes().right()).unit();
            double chest = 0;
            for (int i = 0; i < n; i++) {
                Point2 tangent = centres.get(Math.min(i + 1, n - 1)).minus(centres.get(Math.max(i - 1, 0)));
                if (tangent.length() > 0.05 * canvas.scale()) {
                    normal = tangent.unit().perpendicular();
                }
                SpineSection section = spine.get(i);
                Point2 forward = canvas.direction(section.axes().forward());
                double across = section.halfWidth() * canvas.direction(section.axes().right()).dot(normal);
                double deep = section.halfDepth() * forward.dot(normal);
                along.add((double) i / (n - 1));
                normals.add(normal);
                extents.add(Math.hypot(across, deep));
                fronts.add(Math.signum(forward.dot(normal)));
                chest += section.axes().forward().dot(canvas.camera().toViewer()) / n;
            }
            return new Outline(along, centres, normals, extents, fronts, chest);
        }

        List<Point2> closed(Canvas canvas) {
            int n = centres.size();
            List<Point2> outline = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                outline.add(centres.get(i).plus(normals.get(i).times(extents.get(i))));
            }
            outline.addAll(cap(centres.get(n - 1), normals.get(n - 1), extents.get(n - 1),
                    Math.min(extents.get(n - 1), 2.5 * canvas.scale())));
            for (int i = n - 1; i >= 0; i--) {
                outline.add(centres.get(i).minus(normals.get(i).times(extents.get(i))));
            }
            outline.addAll(cap(centres.get(0), normals.get(0).times(-1), extents.get(0), extents.get(0) * 0.8));
            return outline;
        }

        /** Whether the back shows as an edge of the outline rather than face on: the chest faces neither toward nor away. */
        boolean seenFromTheSide() {
            return Math.abs(chest) < 0.45;
        }

        boolean chestToViewer() {
            return !seenFromTheSide() && chest > 0;
        }

        /** The point a share of the way from the centre of section i to one edge (1) or the other (-1). */
        Point2 across(int i, double share) {
            return centres.get(i).plus(normals.get(i).times(share * extents.get(i)));
        }

        /** The point of the back's outline at section i. */
        Point2 back(int i) {
            double side = fronts.get(i) == 0 ? 1 : fronts.get(i);
            return centres.get(i).minus(normals.get(i).times(side * extents.get(i)));
        }

        /** The direction from the back's outline toward the front at section i. */
        Point2 inward(int i) {
            double side = fronts.get(i) == 0 ? 1 : fronts.get(i);
            return normals.get(i).times(side);
        }

        double extent(int i) {
            return extents.get(i);
        }

        /** The runs of sections (first, last) covered by the worked regions on the trunk, merged where they meet. */
        List<int[]> runs(Set<BodyRegion> worked) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= along.size(); i++) {
                boolean in = i < along.size() && covered(along.get(i), worked);
                if (in && start < 0) {
                    start = i;
                } else if (!in && start >= 0) {
                    runs.add(new int[] {start, i - 1});
                    start = -1;
                }
            }
            return runs;
        }

        private static boolean covered(double t, Set<BodyRegion> worked) {
            return worked.stream().anyMatch(r -> r.onTrunk() && t >= r.from() && t <= r.to());
        }
    }

    /**
     * A rounded end of the trunk outline, from the edge at {@code +normal} round to the edge at {@code -normal},
     * bulging {@code bulge} beyond the centre, away from the rest of the trunk.
     */
    private static List<Point2> cap(Point2 centre, Point2 normal, double extent, double bulge) {
        Point2 outward = normal.perpendicular().times(-1);
        List<Point2> points = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            double a = Math.PI * i / 8;
            points.add(centre.plus(normal.times(extent * Math.cos(a))).plus(outward.times(bulge * Math.sin(a))));
        }
        return points;
    }

    /** The neck (tinted when it is worked) and the head: hair over the back and top of the skull, an eye and a nose where the face shows. */
    private static Drawable head(BodyLayout body, Canvas canvas, boolean neckWorked) {
        Vec3 centre = body.point(BodyPoint.HEAD);
        Vec3 neck = body.point(BodyPoint.NECK);
        Rotation head = body.head();
        Vec3 toViewer = canvas.camera().toViewer();
        double r = HEAD_RADIUS * canvas.scale();
        double outline = OUTLINE * canvas.scale();
        Point2 middle = canvas.place(centre);
        Point2 neckBase = canvas.place(neck);
        Point2 neckTop = canvas.place(neck.towards(centre, 0.7));
        double neckWidth = 4.6 * canvas.scale();
        StringBuilder svg = new StringBuilder();
        svg.append(Svg.line(neckBase, neckTop, Palette.LIGHT.outline(), neckWidth + 2 * outline, Palette.OUTLINE));
        svg.append(neckWorked ? Svg.line(neckBase, neckTop, Palette.LIGHT.work(), neckWidth, Palette.WORK + "-line")
                : Svg.line(neckBase, neckTop, Palette.LIGHT.body(), neckWidth, Palette.BODY_STROKE));
        Vec3 forward = head.forward();
        Bounds bounds = Bounds.around(middle, r + outline).union(Bounds.around(List.of(neckBase, neckTop), neckWidth / 2 + outline));
        if (Math.abs(forward.dot(toViewer)) < 0.8) {
            Vec3 tip = centre.plus(forward.times(HEAD_RADIUS * 0.92)).plus(head.up().times(-0.6));
            Point2 nose = canvas.place(tip);
            double noseRadius = 1.5 * canvas.scale();
            svg.append(Svg.circle(nose, noseRadius, Palette.LIGHT.body(), Palette.LIGHT.outline(), outline, Palette.BODY));
            bounds = bounds.union(Bounds.around(nose, noseRadius + outline));
        }
        svg.append(Svg.circle(middle, r, Palette.LIGHT.body(), "none", 0, Palette.BODY_FILL));
        svg.append(hair(centre, head, canvas));
        svg.append(Svg.circle(middle, r, "none", Palette.LIGHT.outline(), outline, Palette.OUTLINE));
        for (double side : new double[] {-1, 1}) {
            Vec3 offset = forward.times(0.78).plus(head.right().times(side * 0.42)).plus(head.up().times(0.12)).unit();
            if (offset.dot(toViewer) > 0.25) {
                Point2 eye = canvas.place(centre.plus(offset.times(HEAD_RADIUS * 0.8)));
                svg.append(Svg.circle(eye, 0.75 * canvas.scale(), Palette.LIGHT.outline(), "none", 0, Palette.INK));
            }
        }
        return new Drawable(canvas.depth(centre), "<g class=\"head\">" + svg + "</g>", bounds);
    }

    /**
     * The hair: the part of the skull behind a plane tilted from the face toward the crown, as much of it as faces
     * the viewer, bounded by the head's outline and the hairline.
     */
    private static String hair(Vec3 centre, Rotation head, Canvas canvas) {
        Vec3 view = canvas.camera().toViewer();
        Vec3 n = head.up().minus(head.forward().times(0.6)).unit();
        Vec3 across = n.cross(view);
        double radius = HEAD_RADIUS;
        List<Point2> points = new ArrayList<>();
        if (across.length() < 1e-6) {
            if (n.dot(view) > 0) {
                return Svg.circle(canvas.place(centre), radius * canvas.scale(), Palette.LIGHT.hair(), "none", 0, Palette.HAIR);
            }
            return "";
        }
        Vec3 a = across.unit();
        Vec3 b = view.cross(a).unit();
        if (b.dot(n) < 0) {
            b = b.times(-1);
        }
        Vec3 c = n.cross(a).unit();
        if (c.dot(view) < 0) {
            c = c.times(-1);
        }
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double phi = Math.PI * i / steps;
            points.add(canvas.place(centre.plus(a.times(Math.cos(phi) * radius).plus(b.times(Math.sin(phi) * radius)))));
        }
        for (int i = steps - 1; i > 0; i--) {
            double theta = Math.PI * i / steps;
            points.add(canvas.place(centre.plus(a.times(Math.cos(theta) * radius).plus(c.times(Math.sin(theta) * radius)))));
        }
        return "<path class=\"" + Palette.HAIR + "\" d=\"" + Svg.polygonPath(points) + "\" fill=\"" + Palette.LIGHT.hair() + "\"/>";
    }
}
