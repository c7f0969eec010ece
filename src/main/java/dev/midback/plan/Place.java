package dev.midback.plan;

import dev.midback.catalog.Coded;
import dev.midback.catalog.Position;
import java.util.EnumSet;
import java.util.Set;

/** Where a person will do the routine; a desk allows standing and sitting on a chair only. */
public enum Place implements Coded {
    DESK(EnumSet.of(Position.STANDING, Position.SEATED_CHAIR)),
    FLOOR(EnumSet.allOf(Position.class)),
    ANY(EnumSet.allOf(Position.class));

    private final Set<Position> positions;

    Place(Set<Position> positions) {
        this.positions = positions;
    }

    public boolean allows(Position position) {
        return positions.contains(position);
    }
}
