package dev.midback.plan;

import java.util.Comparator;
import java.util.List;

/** The sessions a person has done, oldest first. */
public record History(List<SessionRecord> sessions) {

    public static final History EMPTY = new History(List.of());

    public History {
        sessions = sessions.stream().sorted(Comparator.comparing(SessionRecord::date)).toList();
    }
}
