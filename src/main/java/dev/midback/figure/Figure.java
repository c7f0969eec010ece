package dev.midback.figure;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person doing an exercise, as key frames seen from one viewpoint.
 *
 * @param view where the figure is seen from
 * @param turn degrees the viewpoint swings around the figure, from its right side toward its front
 * @param tilt degrees the viewpoint of a side or front view is raised above the floor, looking down at the figure
 * @param flip whether the picture is mirrored left to right
 * @param props the props of every frame that does not list its own
 * @param frames the key frames, at least one
 * @param motion how the figure moves through the frames during a session
 * @param worked the regions the exercise works, highlighted on the body
 */
public record Figure(View view, double turn, double tilt, boolean flip, List<Prop> props, List<Frame> frames,
                     Motion motion, Set<BodyRegion> worked) {

    public Figure {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(motion, "motion");
        props = List.copyOf(props);
        frames = List.copyOf(frames);
        worked = worked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(worked));
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one frame");
        }
    }

    /** A figure seen level with the floor, with no region highlighted. */
    public Figure(View view, double turn, boolean flip, List<Prop> props, List<Frame> frames, Motion motion) {
        this(view, turn, 0, flip, props, frames, motion, Set.of());
    }

    /** A figure whose motion follows from its frames: still with one, held in the last of several. */
    public Figure(View view, double turn, boolean flip, List<Prop> props, List<Frame> frames) {
        this(view, turn, flip, props, frames, frames.size() == 1 ? new Motion.Still() : new Motion.Hold(Motion.Breath.IN));
    }

    public Frame frame(int index) {
        return frames.get(index);
    }

    /** The same figure with these regions highlighted as the ones worked. */
    public Figure working(Collection<BodyRegion> regions) {
        return new Figure(view, turn, tilt, flip, props, frames, motion, Set.copyOf(regions));
    }

    /**
     * The key frame a frame's movement arrow points toward: the next one, and from the last back to the first
     * when the figure moves with each breath; none (-1) from the held last frame or a still figure.
     */
    public int nextFrame(int index) {
        if (index + 1 < frames.size()) {
            return index + 1;
        }
        return motion instanceof Motion.WithBreath && frames.size() > 1 ? 0 : -1;
    }
}
