package dev.midback.web.catalog;

import dev.midback.catalog.Exercise;
import dev.midback.figure.FigureRenderer;

/** An exercise's figure as SVG, titled for screen readers. */
final class FigureSvg {

    private final FigureRenderer renderer = new FigureRenderer();

    String svg(Exercise e, int frame) {
        return renderer.svg(e.figure(), frame, title(e, frame));
    }

    /** The movement from one frame to another, in {@value #MOTION_STEPS} steps. */
    String motion(Exercise e, int from, int to) {
        var names = e.frameNames();
        String title = from == to ? title(e, from) : e.name() + ", moving from " + names.get(from) + " to " + names.get(to);
        return renderer.motion(e.figure(), from, to, MOTION_STEPS, title);
    }

    static final int MOTION_STEPS = 12;

    static String title(Exercise e, int frame) {
        var names = e.frameNames();
        return names.size() > 1
                ? e.name() + ", position " + (frame + 1) + " of " + names.size() + ": " + names.get(frame)
                : e.name() + ": " + names.get(frame);
    }
}
