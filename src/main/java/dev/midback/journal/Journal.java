package dev.midback.journal;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.plan.History;
import dev.midback.plan.Progression;
import dev.midback.plan.SessionRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a person's journal as the planner's history, only as much of it as the planner's rules
 * read: the recent sessions (at most {@link History#RECENT_MOST}), and for each exercise of the
 * catalog its latest takes and its comfortable sessions counted up to what unlocks another, each
 * read through the store's index by exercise. A journal of 100,000 entries costs about what one of
 * 10 does. Only entries
 * dated inside the window every face accepts count (from 2000 to the end of the second a day
 * after now): those an older version stored with a wild date are passed over, so they cannot
 * break a plan.
 */
public final class Journal {

    /** Entries read in the first page of the recent window: more than most people do in four weeks. */
    private static final int RECENT_PAGE = 32;

    private final JournalStore store;
    private final Clock clock;
    /** For each exercise of the catalog, how many of its latest takes the planner reads. */
    private final Map<String, Integer> takesNeeded = new LinkedHashMap<>();

    public Journal(JournalStore store, Clock clock, Catalog catalog) {
        this.store = store;
        this.clock = clock;
        for (Exercise e : catalog.exercises()) {
            takesNeeded.put(e.id(), Progression.takesNeeded(e));
        }
    }

    /** The entries a history is read from, whole seconds: from 2000 to the end of the second a day after {@code now}. */
    public static JournalStore.Window window(Instant now) {
        JournalStore.Window sane = JournalStore.Window.sane(now);
        return new JournalStore.Window(sane.from().truncatedTo(ChronoUnit.SECONDS),
                sane.to().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).minusNanos(1));
    }

    public History history(String owner) {
        ZoneId zone = clock.getZone();
        JournalStore.Window window = window(clock.instant());
        List<SessionRecord> sessions = recent(owner, window, zone);
        if (sessions.isEmpty()) {
            return History.EMPTY;
        }
        Map<String, List<JournalStore.Take>> takes = store.latestTakes(owner, window, takesNeeded);
        Map<String, Integer> comfortable = store.comfortableCounts(owner, window, takesNeeded.keySet(),
                Progression.COMFORTABLE_TO_UNLOCK);
        Map<String, History.Track> tracks = new HashMap<>();
        takes.forEach((id, newestFirst) -> tracks.put(id, new History.Track(
                oldestFirst(newestFirst.stream().map(Journal::take).toList()), comfortable.getOrDefault(id, 0))));
        return new History(sessions, tracks);
    }

    /** A take as the planner reads it: an unknown amount as 0, comfortable when done in a comfortable session. */
    private static History.Take take(JournalStore.Take t) {
        boolean comfortable = SessionRecord.wasComfortable(t.painBefore(), t.painAfter() == null ? -1 : t.painAfter(),
                t.stoppedForPain());
        return new History.Take(t.amount() == null ? 0 : t.amount(), comfortable && t.done());
    }

    /**
     * The sessions of the recent window, oldest first: read newest first, a page at a time, up to
     * the first one dated before the window or {@link History#RECENT_MOST} of them.
     */
    private List<SessionRecord> recent(String owner, JournalStore.Window window, ZoneId zone) {
        List<SessionRecord> newestFirst = new ArrayList<>();
        LocalDate from = null;
        JournalStore.Position after = null;
        int pageSize = RECENT_PAGE;
        while (true) {
            JournalStore.Page page = store.page(owner, JournalStore.Order.NEWEST_FIRST, window, after, pageSize);
            for (JournalEntry entry : page.entries()) {
                SessionRecord session = entry.toSession(zone);
                from = from == null ? History.recentFrom(session.date()) : from;
                if (session.date().isBefore(from)) {
                    return oldestFirst(newestFirst);
                }
                newestFirst.add(session);
                if (newestFirst.size() == History.RECENT_MOST) {
                    return oldestFirst(newestFirst);
                }
            }
            if (page.next().isEmpty()) {
                return oldestFirst(newestFirst);
            }
            after = page.next().get();
            pageSize = Math.min(History.RECENT_MOST, pageSize * 2);
        }
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }
}
