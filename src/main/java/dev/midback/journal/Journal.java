package dev.midback.journal;

import dev.midback.plan.History;
import dev.midback.plan.SessionRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a person's journal as the planner's history: every entry dated inside the window every
 * face accepts (entries an older version stored with a wild date are passed over, so they cannot
 * break a plan), read from the store a page at a time.
 */
public final class Journal {

    private final JournalStore store;
    private final Clock clock;

    public Journal(JournalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public History history(String owner) {
        List<SessionRecord> sessions = new ArrayList<>();
        store.each(owner, JournalStore.Order.OLDEST_FIRST, JournalStore.Window.sane(clock.instant()),
                e -> sessions.add(e.toSession(clock.getZone())));
        return new History(sessions);
    }
}
