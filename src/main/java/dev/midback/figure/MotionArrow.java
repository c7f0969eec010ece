package dev.midback.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arrow of a key frame: a curved arrow at the part of the body that moves on toward the next key frame,
 * pointing where it goes. The back is preferred when it moves visibly, since its movement is the point of
 * these exercises (the arrow then leaves the surface it moves toward); otherwise the hand, elbow, knee, foot
 * or head that moves most, with the arrow beside its path; and when the body keeps still while a prop under it
 * moves, the prop.
 */
final class MotionArrow {

    private static final List<BodyPoint> TRUNK = List.of(BodyPoint.UPPER_BACK, BodyPoint.MID_BACK, BodyPoint.LOWER_BACK,
            BodyPoint.PELVIS);
    private static final List<BodyPoint> ENDS = List.of(BodyPoint.HEAD, BodyPoint.LEFT_HAND, BodyPoint.RIGHT_HAND,
            BodyPoint.LEFT_ELBOW, BodyPoint.RIGHT_ELBOW, BodyPoint.LEFT_KNEE, BodyPoint.RIGHT_KNEE, BodyPoint.LEFT_FOOT,
            BodyPoint.RIGHT_FOOT);
    /** The least movement, in body units on the picture, worth an arrow. */
    private static final double LEAST_MOVE = 7;
    /** The least movement of a prop worth an arrow: a roller moved a hand's width along the back. */
    private static final double LEAST_PROP_MOVE = 4;
    private static final double STROKE = 1.6;
    /** The most an arrow bows out from a straight line, in the picture's units, so a long one stays near the body. */
    private static final double MOST_BOW = 9;
    private static final double HEAD_LENGTH = 5;
    private static final double HEAD_WIDTH = 4.2;

    private MotionArrow() {
    }

    static Optional<Drawable> between(Scene from, Scene to, Canvas canvas) {
        Optional<BodyPoint> trunk = mostMoved(from, to, canvas, TRUNK);
        if (trunk.isPresent()) {
            return alongTheSpine(from, to, canvas, trunk.get())
                    ? beside(from, to, canvas, trunk.get()) : leading(from, to, canvas, trunk.get());
        }
        Optional<BodyPoint> end = mostMoved(from, to, canvas, ENDS);
        if (end.isPresent()) {
            return beside(from, to, canvas, end.get());
        }
        return movedProp(from, to, canvas);
    }

    /** When only a prop under the body moves (a foam roller rolled along the back), an arrow beneath it. */
    private static Optional<Drawable> movedProp(Scene from, Scene to, Canvas canvas) {
        for (StagedProp before : from.props()) {
            for (StagedProp after : to.props()) {
                if (before.prop().kind() != after.prop().kind() || !before.prop().kind().placedUnderBody()) {
                    continue;
                }
                Point2 start = centre(before, canvas);
                Point2 end = centre(after, canvas);
                Point2 move = end.minus(start);
                if (move.length() < LEAST_PROP_MOVE * canvas.scale()) {
                    continue;
                }
                Point2 below = new Point2(0, 1);
                Point2 side = move.unit().perpendicular();
                Point2 outward = side.dot(below) >= 0 ? side : side.times(-1);
                double gap = Bounds.around(before.solids().stream().flatMap(s -> s.outline().stream()).map(canvas::place).toList(), 0)
                        .height() / 2 + 7;
                Point2 reach = start.plus(move.unit().times(Math.max(move.length(), 12 * canvas.scale())));
                Drawable arrow = arrow(start, reach, outward, gap, 0.1);
                if (arrow.bounds().within(Framing.WIDTH, Framing.HEIGHT)) {
                    return Optional.of(arrow);
                }
            }
        }
        return Optional.empty();
    }

    private static Point2 centre(StagedProp prop, Canvas canvas) {
        return Bounds.around(prop.solids().stream().flatMap(s -> s.outline().stream()).map(canvas::place).toList(), 0).middle();
    }

    /** Whether the back moves along its own length (a pull-up), where an arrow leading it would run through the body. */
    private static boolean alongTheSpine(Scene from, Scene to, Canvas canvas, BodyPoint point) {
        Point2 spine = canvas.place(from.body().point(BodyPoint.NECK)).minus(canvas.place(from.body().point(BodyPoint.PELVIS)));
        Point2 move = canvas.place(to.body().point(point)).minus(canvas.place(from.body().point(point)));
        return Math.abs(spine.unit().dot(move.unit())) > 0.7;
    }

    /**
     * An arrow for the back: from the surface it moves toward, as far as it moves, so it reads as the back
     * rounding up, sagging or lifting.
     */
    private static Optional<Drawable> leading(Scene from, Scene to, Canvas canvas, BodyPoint point) {
        Point2 start = canvas.place(from.body().point(point));
        Point2 move = canvas.place(to.body().point(point)).minus(start);
        Point2 direction = move.unit();
        Point2 tail = start.plus(direction.times((point.radius() + 2.5) * canvas.scale()));
        Point2 end = tail.plus(direction.times(Math.max(move.length(), 9 * canvas.scale())));
        for (double bow : new double[] {0.12, -0.12}) {
            Drawable arrow = arrow(tail, end, direction.perpendicular(), 0, bow);
            if (arrow.bounds().within(Framing.WIDTH, Framing.HEIGHT)) {
                return Optional.of(arrow);
            }
        }
        return Optional.empty();
    }

    /** An arrow for a hand, elbow, knee, foot or head: beside its path, on the side away from the trunk. */
    private static Optional<Drawable> beside(Scene from, Scene to, Canvas canvas, BodyPoint point) {
        Point2 start = canvas.place(from.body().point(point));
        Point2 end = canvas.place(to.body().point(point));
        Point2 centre = Bounds.around(from.body().spine().stream().map(s -> canvas.place(s.centre())).toList(), 0).middle();
        Point2 move = end.minus(start);
        Point2 side = move.unit().perpendicular();
        if (side.dot(start.towards(end, 0.5).minus(centre)) < 0) {
            side = side.times(-1);
        }
        double gap = (point.radius() + 4) * canvas.scale();
        for (Point2 outward : List.of(side, side.times(-1))) {
            Drawable arrow = arrow(start, end, outward, gap, 0.22);
            if (arrow.bounds().within(Framing.WIDTH, Framing.HEIGHT)) {
                return Optional.of(arrow);
            }
        }
        return Optional.empty();
    }

    private static Optional<BodyPoint> mostMoved(Scene from, Scene to, Canvas canvas, List<BodyPoint> points) {
        BodyPoint best = null;
        double most = LEAST_MOVE * canvas.scale();
        for (BodyPoint point : points) {
            double moved = canvas.place(to.body().point(point)).minus(canvas.place(from.body().point(point))).length();
            if (moved >= most) {
                most = moved;
                best = point;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A quadratic curve bowing out to {@code outward}, beside the path from start to end, with a head at its end. */
    private static Drawable arrow(Point2 start, Point2 end, Point2 outward, double gap, double bow) {
        Point2 move = end.minus(start);
        double length = move.length();
        Point2 from = start.plus(outward.times(gap)).plus(move.times(gap > 0 ? 0.08 : 0));
        Point2 to = end.plus(outward.times(gap)).minus(move.times(gap > 0 ? 0.04 : 0));
        Point2 control = from.towards(to, 0.5).plus(outward.times(Math.signum(bow) * Math.min(Math.abs(bow) * length, MOST_BOW)));
        Point2 tangent = to.minus(control).unit();
        Point2 tip = to.plus(tangent.times(HEAD_LENGTH * 0.4));
        Point2 base = tip.minus(tangent.times(HEAD_LENGTH));
        Point2 across = tangent.perpendicular().times(HEAD_WIDTH / 2);
        List<Point2> head = List.of(tip, base.plus(across), base.minus(across));
        List<Point2> curve = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            double t = i / 12.0;
            curve.add(from.towards(control, t).towards(control.towards(to, t), t));
        }
        curve.addAll(head);
        String svg = "<g class=\"arrow\"><path class=\"" + Palette.ARROW + "\" d=\"M" + Svg.num(from.x()) + " " + Svg.num(from.y())
                + "Q" + Svg.num(control.x()) + " " + Svg.num(control.y()) + " " + Svg.num(base.x()) + " " + Svg.num(base.y())
                + "\" fill=\"none\" stroke=\"" + Palette.LIGHT.arrow() + "\" stroke-width=\"" + Svg.num(STROKE) + "\"/>"
                + "<path class=\"" + Palette.ARROW + "-head\" d=\"" + Svg.polygonPath(head) + "\" fill=\"" + Palette.LIGHT.arrow()
                + "\"/></g>";
        return new Drawable(Double.MAX_VALUE, svg, Bounds.around(curve, STROKE));
    }
}
