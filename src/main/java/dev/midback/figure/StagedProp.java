package dev.midback.figure;

import java.util.List;

/**
 * A prop placed in the scene.
 *
 * @param prop the prop as the figure file gives it
 * @param solids its shapes
 * @param line the points of the line it is drawn as (a band, a plumb line), empty for solid props
 */
record StagedProp(Prop prop, List<Solid> solids, List<Vec3> line) {

    StagedProp {
        solids = List.copyOf(solids);
        line = List.copyOf(line);
    }

    StagedProp(Prop prop, List<Solid> solids) {
        this(prop, solids, List.of());
    }
}
