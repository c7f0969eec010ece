package dev.midback.figure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where every body point of a posed figure is, plus what drawing needs beyond the points:
 * the cross-sections along the spine and the orientation of the head.
 */
record BodyLayout(Map<BodyPoint, Vec3> points, List<SpineSection> spine, Rotation head) {

    /** The trunk's cross-section at one point of the spine: an ellipse, {@code halfWidth} along its right axis. */
    record SpineSection(Vec3 centre, Rotation axes, double halfWidth, double halfDepth) {
    }

    BodyLayout {
        points = Map.copyOf(points);
        spine = List.copyOf(spine);
    }

    Vec3 point(BodyPoint point) {
        return points.get(point);
    }

    BodyLayout moved(Vec3 offset) {
        Map<BodyPoint, Vec3> movedPoints = new EnumMap<>(BodyPoint.class);
        points.forEach((point, place) -> movedPoints.put(point, place.plus(offset)));
        List<SpineSection> movedSpine = spine.stream()
                .map(s -> new SpineSection(s.centre().plus(offset), s.axes(), s.halfWidth(), s.halfDepth()))
                .toList();
        return new BodyLayout(movedPoints, movedSpine, head);
    }

    Vec3 midpoint(BodyPoint a, BodyPoint b) {
        return point(a).towards(point(b), 0.5);
    }

    /** The lowest height any part of the body reaches. */
    double bottom() {
        return points.entrySet().stream()
                .mapToDouble(e -> e.getValue().y() - e.getKey().radius())
                .min().orElse(0);
    }
}
