package dev.midback.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the planner knows of the sessions a person has done, which is all its rules read: the
 * recent sessions in full, and for each exercise a short record over all time. A journal of ten
 * entries and one of a hundred thousand give a history of the same size.
 *
 * <ul>
 * <li>{@link #recent()}: the sessions dated in the {@value #RECENT_DAYS} days up to the latest
 * session's day (the frequency rule looks four weeks back, the pain stops two), at most the
 * latest {@value #RECENT_MOST} of them, oldest first.</li>
 * <li>{@link #track(String)}: an exercise's latest takes, oldest first (at least
 * {@link Progression#takesNeeded} of them when there are that many), and the comfortable sessions
 * that finished it, counted at least up to {@link Progression#COMFORTABLE_TO_UNLOCK}.</li>
 * </ul>
 *
 * Sessions are ordered by day; sessions of the same day keep the order they were given in.
 */
public record History(List<SessionRecord> recent, Map<String, Track> tracks) {

    /** Days of sessions kept in full, counted back from the latest session's day. */
    public static final int RECENT_DAYS = Math.max(Frequency.WEEKS_LOOKED_AT * 7, Progression.PAIN_STOP_WINDOW_DAYS);
    /**
     * Sessions kept in full at most, however many the recent days hold: nobody does this many in
     * {@value #RECENT_DAYS} days, and a journal that claims more is read from its latest ones.
     */
    public static final int RECENT_MOST = 200;

    public static final History EMPTY = new History(List.of(), Map.of());

    private static final Track NEVER = new Track(List.of(), 0);

    /**
     * The recent sessions are put in order and trimmed to the recent window, as {@link #of(List)}
     * does; the tracks are taken as given.
     */
    public History {
        recent = window(recent);
        tracks = Map.copyOf(tracks);
    }

    /** One session's take on one exercise: the amount of its first item of it, and whether it was done comfortably. */
    public record Take(int amount, boolean comfortable) {
    }

    /**
     * An exercise over all time: its latest takes, oldest first, and the sessions that were
     * comfortable and finished it (counted at least up to {@link Progression#COMFORTABLE_TO_UNLOCK}).
     */
    public record Track(List<Take> takes, int comfortableSessions) {

        public Track {
            takes = List.copyOf(takes);
        }
    }

    /** The history of these sessions, in any order: summed up in memory, every take kept, every session counted. */
    public static History of(List<SessionRecord> sessions) {
        List<SessionRecord> ordered = sorted(sessions);
        Map<String, List<Take>> takes = new HashMap<>();
        Map<String, Integer> comfortable = new HashMap<>();
        for (SessionRecord s : ordered) {
            Set<String> seen = new HashSet<>();
            Set<String> finished = new HashSet<>();
            for (SessionRecord.Done item : s.items()) {
                if (seen.add(item.exerciseId())) {
                    takes.computeIfAbsent(item.exerciseId(), id -> new ArrayList<>())
                            .add(new Take(item.amount(), s.wasComfortable() && item.finished()));
                }
                if (item.finished() && s.wasComfortable() && finished.add(item.exerciseId())) {
                    comfortable.merge(item.exerciseId(), 1, Integer::sum);
                }
            }
        }
        Map<String, Track> tracks = new HashMap<>();
        takes.forEach((id, list) -> tracks.put(id, new Track(list, comfortable.getOrDefault(id, 0))));
        return new History(ordered, tracks);
    }

    /** The latest session, when there is one. */
    public Optional<SessionRecord> latest() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(recent.size() - 1));
    }

    /** The record of an exercise: no takes and no sessions when it was never done. */
    public Track track(String exerciseId) {
        return tracks.getOrDefault(exerciseId, NEVER);
    }

    /** The first day of the recent window of a history whose latest session is on {@code latest}. */
    public static LocalDate recentFrom(LocalDate latest) {
        return latest.minusDays(RECENT_DAYS - 1L);
    }

    private static List<SessionRecord> sorted(List<SessionRecord> sessions) {
        return sessions.stream().sorted(Comparator.comparing(SessionRecord::date)).toList();
    }

    /** The sessions in order, only those of the recent window, at most the latest {@link #RECENT_MOST}. */
    private static List<SessionRecord> window(List<SessionRecord> sessions) {
        List<SessionRecord> ordered = sorted(sessions);
        if (ordered.isEmpty()) {
            return ordered;
        }
        LocalDate from = recentFrom(ordered.get(ordered.size() - 1).date());
        int start = Math.max(0, ordered.size() - RECENT_MOST);
        while (start < ordered.size() && ordered.get(start).date().isBefore(from)) {
            start++;
        }
        return List.copyOf(ordered.subList(start, ordered.size()));
    }
}
