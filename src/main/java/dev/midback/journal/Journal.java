package dev.midback.journal;

import dev.midback.plan.History;
import java.time.ZoneId;

/** Reads a person's journal as the planner's history. */
public final class Journal {

    private final JournalStore store;
    private final ZoneId zone;

    public Journal(JournalStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    public History history(String owner) {
        return new History(store.list(owner).stream().map(e -> e.toSession(zone)).toList());
    }
}
