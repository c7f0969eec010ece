package dev.midback.figure;

import dev.midback.figure.BodyLayout.SpineSection;
import java.util.ArrayList;
import java.util.List;

/** Draws the body: a trunk outline, thick rounded limbs (the side nearer the viewer darker) and a head with a face. */
final class BodyPainter {

    private static final double HEAD_RADIUS = BodyPoint.HEAD.radius();
    private static final double HALO = 1.6;

    /** One limb segment: from one body point to another, with its thickness. */
    private record Bone(BodyPoint from, BodyPoint to, double width, boolean arm) {
    }

    private static final List<Bone> LEFT_BONES = List.of(
            new Bone(BodyPoint.LEFT_SHOULDER, BodyPoint.LEFT_ELBOW, 5.5, true),
            new Bone(BodyPoint.LEFT_ELBOW, BodyPoint.LEFT_WRIST, 4.5, true),
            new Bone(BodyPoint.LEFT_WRIST, BodyPoint.LEFT_FINGERTIPS, 3.5, true),
            new Bone(BodyPoint.LEFT_HIP, BodyPoint.LEFT_KNEE, 8, false),
            new Bone(BodyPoint.LEFT_KNEE, BodyPoint.LEFT_ANKLE, 6, false),
            new Bone(BodyPoint.LEFT_HEEL, BodyPoint.LEFT_TOE, 3.5, false));

    private BodyPainter() {
    }

    static List<Drawable> paint(BodyLayout body, Canvas canvas) {
        List<Drawable> drawables = new ArrayList<>();
        double armsLean = canvas.depth(body.point(BodyPoint.RIGHT_SHOULDER)) - canvas.depth(body.point(BodyPoint.LEFT_SHOULDER));
        double legsLean = canvas.depth(body.point(BodyPoint.RIGHT_HIP)) - canvas.depth(body.point(BodyPoint.LEFT_HIP));
        for (Side side : Side.values()) {
            for (Bone bone : LEFT_BONES) {
                double lean = side.sign() * (bone.arm() ? armsLean : legsLean);
                String colour = lean < -2 ? Palette.FAR_LIMB : Palette.NEAR_LIMB;
                drawables.add(bone(body, canvas, side.of(bone.from()), side.of(bone.to()), bone.width(), colour));
            }
        }
        drawables.add(torso(body, canvas));
        drawables.add(head(body, canvas));
        return drawables;
    }

    private static Drawable bone(BodyLayout body, Canvas canvas, BodyPoint from, BodyPoint to, double width, String colour) {
        Vec3 a = body.point(from);
        Vec3 b = body.point(to);
        Point2 pa = canvas.place(a);
        Point2 pb = canvas.place(b);
        double w = width * canvas.scale();
        String svg = Svg.line(pa, pb, Palette.HALO, w + HALO) + Svg.line(pa, pb, colour, w);
        return new Drawable((canvas.depth(a) + canvas.depth(b)) / 2, svg);
    }

    /**
     * The trunk: the outline swept by its elliptical cross-sections along the spine as seen from the camera, so a
     * side view shows the chest's depth and a front view the shoulders' width (narrower when the trunk twists).
     */
    private static Drawable torso(BodyLayout body, Canvas canvas) {
        List<SpineSection> spine = body.spine();
        int n = spine.size();
        List<Point2> centres = spine.stream().map(s -> canvas.place(s.centre())).toList();
        Point2 normal = canvas.direction(spine.get(0).axes().right()).unit();
        Point2[] normals = new Point2[n];
        double[] extents = new double[n];
        double depth = 0;
        for (int i = 0; i < n; i++) {
            Point2 along = centres.get(Math.min(i + 1, n - 1)).minus(centres.get(Math.max(i - 1, 0)));
            if (along.length() > 0.05 * canvas.scale()) {
                normal = along.unit().perpendicular();
            }
            SpineSection section = spine.get(i);
            double across = section.halfWidth() * canvas.direction(section.axes().right()).dot(normal);
            double deep = section.halfDepth() * canvas.direction(section.axes().forward()).dot(normal);
            normals[i] = normal;
            extents[i] = Math.hypot(across, deep);
            depth += canvas.depth(section.centre()) / n;
        }
        List<Point2> outline = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outline.add(centres.get(i).plus(normals[i].times(extents[i])));
        }
        outline.addAll(cap(centres.get(n - 1), normals[n - 1], extents[n - 1], Math.min(extents[n - 1], 2.5 * canvas.scale())));
        for (int i = n - 1; i >= 0; i--) {
            outline.add(centres.get(i).minus(normals[i].times(extents[i])));
        }
        outline.addAll(cap(centres.get(0), normals[0].times(-1), extents[0], extents[0] * 0.8));
        String svg = "<path d=\"" + Svg.polygonPath(outline) + "\" fill=\"" + Palette.TORSO + "\" stroke=\"" + Palette.TORSO
                + "\" stroke-width=\"1\"/>";
        return new Drawable(depth, svg);
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

    /** The head, with eyes showing which way the face looks, and the neck beneath it. */
    private static Drawable head(BodyLayout body, Canvas canvas) {
        Vec3 centre = body.point(BodyPoint.HEAD);
        Vec3 neck = body.point(BodyPoint.NECK);
        Rotation head = body.head();
        double r = HEAD_RADIUS * canvas.scale();
        StringBuilder svg = new StringBuilder();
        Point2 neckTop = canvas.place(neck.towards(centre, 0.7));
        svg.append(Svg.line(canvas.place(neck), neckTop, Palette.TORSO, 5 * canvas.scale()));
        svg.append(Svg.circle(canvas.place(centre), r, Palette.TORSO, Palette.HALO, 0.8));
        for (double side : new double[] {-1, 1}) {
            Vec3 offset = head.forward().times(0.8).plus(head.right().times(side * 0.45)).plus(head.up().times(0.2)).unit();
            if (offset.dot(canvas.camera().toViewer()) > 0.2) {
                Vec3 eye = centre.plus(offset.times(HEAD_RADIUS * 0.72));
                svg.append(Svg.circle(canvas.place(eye), 0.9 * canvas.scale(), Palette.HALO, "none", 0));
            }
        }
        return new Drawable(canvas.depth(centre), "<g stroke-linecap=\"round\">" + svg + "</g>");
    }
}
