package dev.midback.figure;

import java.util.List;
import java.util.Objects;

/**
 * A person doing an exercise, as key frames seen from one viewpoint.
 *
 * @param view where the figure is seen from
 * @param turn degrees the viewpoint swings around the figure, from its right side toward its front
 * @param flip whether the picture is mirrored left to right
 * @param props the props of every frame that does not list its own
 * @param frames the key frames, at least one
 * @param motion how the figure moves through the frames during a session
 */
public record Figure(View view, double turn, boolean flip, List<Prop> props, List<Frame> frames, Motion motion) {

    public Figure {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(motion, "motion");
        props = List.copyOf(props);
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one frame");
        }
    }

    /** A figure whose motion follows from its frames: still with one, held in the last of several. */
    public Figure(View view, double turn, boolean flip, List<Prop> props, List<Frame> frames) {
        this(view, turn, flip, props, frames, frames.size() == 1 ? new Motion.Still() : new Motion.Hold(Motion.Breath.IN));
    }

    public Frame frame(int index) {
        return frames.get(index);
    }
}
