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
import java.util.Optional;

/**
 * Reads a person's journal as the planner's history, only as much of it as the planner's rules
 * read, so a journal of 100,000 entries costs about what one of 100 does.
 *
 * <p>The newest entries come first, a page of {@value #FIRST_PAGE}: for someone who began a month
 * or so ago that is the whole journal, and all there is to read. Otherwise they hold the recent
 * weeks (read on when they do not, up to {@link History#RECENT_MOST} sessions) and the latest takes
 * of the exercises done often; only for the other exercises of the catalog does the store look
 * further back, by exercise: their latest takes, and their comfortable sessions counted up to what
 * unlocks another.
 *
 * <p>Only entries dated inside the window every face accepts count (from 2000 to the end of the
 * second a day after now): those an older version stored with a wild date are passed over, so they
 * cannot break a plan.
 */
public final class Journal {

    /** Entries read first: about what a person writes in a month. */
    static final int FIRST_PAGE = 32;

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

    /** The entries a history is read from, to whole seconds: from 2000 to the end of the second a day after {@code now}. */
    public static JournalStore.Window window(Instant now) {
        JournalStore.Window sane = JournalStore.Window.sane(now);
        return new JournalStore.Window(sane.from().truncatedTo(ChronoUnit.SECONDS),
                sane.to().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).minusNanos(1));
    }

    /** The plan of the owner's latest session that was played from one, if any of the last few was. */
    public Optional<String> lastPlanId(String owner) {
        return store.newest(owner, 0, 10).stream().map(JournalEntry::planId).filter(id -> id != null && !id.isBlank()).findFirst();
    }

    public History history(String owner) {
        ZoneId zone = clock.getZone();
        JournalStore.Window window = window(clock.instant());
        JournalStore.Page first = store.page(owner, JournalStore.Order.NEWEST_FIRST, window, null, FIRST_PAGE);
        List<SessionRecord> newest = first.entries().stream().map(e -> e.toSession(zone)).toList();
        if (first.next().isEmpty()) {
            return History.of(oldestFirst(newest));
        }
        List<SessionRecord> recent = recent(owner, window, zone, newest, first.next().get());
        History told = History.of(oldestFirst(newest));
        Map<String, Integer> toRead = new LinkedHashMap<>();
        takesNeeded.forEach((id, needed) -> {
            if (told.track(id).takes().size() < needed) {
                toRead.put(id, needed);
            }
        });
        Map<String, List<History.Take>> takes = new HashMap<>();
        takesNeeded.keySet().stream().filter(id -> !toRead.containsKey(id)).forEach(id -> takes.put(id, told.track(id).takes()));
        store.latestTakes(owner, window, toRead).forEach((id, newestFirst) ->
                takes.put(id, oldestFirst(newestFirst.stream().map(Journal::take).toList())));
        Map<String, Integer> comfortable = new HashMap<>();
        List<String> toCount = new ArrayList<>();
        takes.keySet().forEach(id -> {
            if (told.track(id).comfortableSessions() >= Progression.COMFORTABLE_TO_UNLOCK) {
                comfortable.put(id, told.track(id).comfortableSessions());
            } else {
                toCount.add(id);
            }
        });
        comfortable.putAll(store.comfortableCounts(owner, window, toCount, Progression.COMFORTABLE_TO_UNLOCK));
        Map<String, History.Track> tracks = new HashMap<>();
        takes.forEach((id, list) -> tracks.put(id, new History.Track(list, comfortable.getOrDefault(id, 0))));
        return new History(recent, tracks);
    }

    /** A take as the planner reads it: an unknown amount as 0, comfortable when done in a comfortable session. */
    private static History.Take take(JournalStore.Take t) {
        boolean comfortable = SessionRecord.wasComfortable(t.painBefore(), t.painAfter() == null ? -1 : t.painAfter(),
                t.stoppedForPain());
        return new History.Take(t.amount() == null ? 0 : t.amount(), comfortable && t.done());
    }

    /**
     * The sessions of the recent window, oldest first: from the newest sessions already read, then
     * read on a page at a time, up to the first one dated before the window or
     * {@link History#RECENT_MOST} of them.
     */
    private List<SessionRecord> recent(String owner, JournalStore.Window window, ZoneId zone, List<SessionRecord> newest,
                                       JournalStore.Position after) {
        List<SessionRecord> newestFirst = new ArrayList<>();
        LocalDate from = null;
        List<SessionRecord> page = newest;
        JournalStore.Position next = after;
        int size = FIRST_PAGE;
        while (true) {
            for (SessionRecord session : page) {
                from = from == null ? History.recentFrom(session.date()) : from;
                if (session.date().isBefore(from) || newestFirst.size() == History.RECENT_MOST) {
                    return oldestFirst(newestFirst);
                }
                newestFirst.add(session);
            }
            if (next == null) {
                return oldestFirst(newestFirst);
            }
            size = Math.min(History.RECENT_MOST, size * 2);
            JournalStore.Page more = store.page(owner, JournalStore.Order.NEWEST_FIRST, window, next, size);
            page = more.entries().stream().map(e -> e.toSession(zone)).toList();
            next = more.next().orElse(null);
        }
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }
}
