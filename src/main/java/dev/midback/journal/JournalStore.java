package dev.midback.journal;

import dev.midback.input.Bounds;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where journal entries are kept, per owner: nobody reads, changes or deletes another owner's
 * entries. Personal mode has one owner, {@link #LOCAL}. Entries are read a page at a time, in the
 * order of their time and then their id, so a long journal never has to be held whole.
 */
public interface JournalStore {

    String LOCAL = "local";

    /** How many entries {@link #each} reads at a time. */
    int BATCH = 500;

    /** Which way a page runs. */
    enum Order {
        OLDEST_FIRST, NEWEST_FIRST
    }

    /** The first and last moment of the entries to read, both included. */
    record Window(Instant from, Instant to) {

        /** The moments every face accepts: from 2000 to a day after {@code now}. */
        public static Window sane(Instant now) {
            return new Window(Bounds.EARLIEST, now.plus(Bounds.CLOCK_SKEW));
        }

        public boolean contains(Instant at) {
            return !at.isBefore(from) && !at.isAfter(to);
        }
    }

    /** Where a page ended: the time and id of its last entry; the next page starts after it. */
    record Position(Instant at, String id) {

        public static Position of(JournalEntry entry) {
            return new Position(entry.at(), entry.id());
        }
    }

    /** Some entries, and where the next page starts when there may be more. */
    record Page(List<JournalEntry> entries, Optional<Position> next) {

        public Page {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Keeps a new entry; an entry whose id is already kept for this owner is not written twice,
     * and the kept one is returned (so a device may send the same entry again safely).
     */
    JournalEntry add(String owner, JournalEntry entry);

    /** What {@link #addOnce} did: the entry now kept, and whether this call is the one that added it. */
    record Added(JournalEntry entry, boolean isNew) {
    }

    /**
     * As {@link #add}, telling also whether the entry was new or already kept, so a caller need
     * not ask the store first (and two calls with the same entry at once cannot both see it new).
     */
    Added addOnce(String owner, JournalEntry entry);

    /**
     * Keeps several entries at once, all or none, each kept once as {@link #add} does; returns how
     * many were new.
     */
    int addAll(String owner, List<JournalEntry> entries);

    /** Deletes every entry of the owner; returns how many there were. */
    int deleteAll(String owner);

    /**
     * Every entry of the owner, oldest first, in one list. For those who need the whole journal at
     * once; pages and {@link #each} read it in bounded steps.
     */
    List<JournalEntry> list(String owner);

    /**
     * At most {@code limit} entries in this order, starting after {@code after} (from the start when
     * null), only those inside {@code window} (all when null). {@code next} is there when the store
     * may hold more past this page.
     */
    Page page(String owner, Order order, Window window, Position after, int limit);

    /** The entries on one page of a list newest first: {@code skip} entries in, at most {@code limit}. */
    List<JournalEntry> newest(String owner, int skip, int limit);

    /** How many entries the owner has. */
    int count(String owner);

    /** How many of the owner's entries come before this one when listed newest first. */
    int newerThan(String owner, JournalEntry entry);

    Optional<JournalEntry> find(String owner, String id);

    /** Replaces the owner's entry with this id; false when there is none. */
    boolean replace(String owner, JournalEntry entry);

    /** Deletes the owner's entry; false when there is none. */
    boolean delete(String owner, String id);

    /**
     * One go at an exercise: the first item of it in an entry (its amount when known, and whether it
     * was done), with the entry's pain before and after (after may be unknown) and whether it was
     * stopped for pain.
     */
    record Take(Integer amount, boolean done, int painBefore, Integer painAfter, boolean stoppedForPain) {
    }

    /**
     * For each exercise asked about, its latest takes in the owner's entries inside the window,
     * newest first (in the order of {@link Order#NEWEST_FIRST}), at most as many as asked for it;
     * an exercise never done there is left out. The window is taken to the second: from the
     * start of the second of its {@code from} to the end of the second of its {@code to}. Read by
     * exercise: the work follows the takes asked for, not the length of the journal.
     */
    Map<String, List<Take>> latestTakes(String owner, Window window, Map<String, Integer> most);

    /**
     * For each exercise asked about, how many of the owner's entries inside the window (taken to
     * the second, as {@link #latestTakes}) finished it and were comfortable: not stopped for
     * pain, and the pain after unknown or less than 2 points above the pain before, as the planner
     * counts them ({@link dev.midback.plan.SessionRecord#wasComfortable()}); counted no further than
     * {@code upTo}, so the work stays small however often it was done. An exercise with none is
     * left out.
     */
    Map<String, Integer> comfortableCounts(String owner, Window window, Collection<String> exerciseIds, int upTo);

    /** Hands every entry inside the window (all when null) to {@code action} in this order, reading a page at a time. */
    default void each(String owner, Order order, Window window, Consumer<JournalEntry> action) {
        Position after = null;
        while (true) {
            Page page = page(owner, order, window, after, BATCH);
            page.entries().forEach(action);
            if (page.next().isEmpty()) {
                return;
            }
            after = page.next().get();
        }
    }
}
