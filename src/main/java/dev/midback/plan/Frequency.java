package dev.midback.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * How many sessions a week to aim for: 3 to start, one more for each comfortable week in a row
 * (3 or more sessions, all comfortable) up to daily, and 2 for a week after a pain stop. Weeks are
 * counted back from the latest session, not from today.
 */
final class Frequency {

    static final int START = 3;
    static final int MOST = 7;
    static final int AFTER_PAIN_STOP = 2;
    static final int SESSIONS_FOR_A_GOOD_WEEK = 3;
    static final int WEEKS_LOOKED_AT = MOST - START;

    int sessionsPerWeek(History history) {
        List<SessionRecord> sessions = history.recent();
        if (sessions.isEmpty()) {
            return START;
        }
        LocalDate latest = sessions.get(sessions.size() - 1).date();
        if (!week(sessions, latest, 0).stream().filter(SessionRecord::stoppedForPain).toList().isEmpty()) {
            return AFTER_PAIN_STOP;
        }
        int goodWeeks = 0;
        while (goodWeeks < WEEKS_LOOKED_AT && isGood(week(sessions, latest, goodWeeks))) {
            goodWeeks++;
        }
        return START + goodWeeks;
    }

    /** The sessions of the 7 days ending {@code back} weeks before the latest session's day. */
    private static List<SessionRecord> week(List<SessionRecord> sessions, LocalDate latest, int back) {
        LocalDate last = latest.minusDays(7L * back);
        LocalDate first = last.minusDays(6);
        return sessions.stream().filter(s -> !s.date().isBefore(first) && !s.date().isAfter(last)).toList();
    }

    private static boolean isGood(List<SessionRecord> week) {
        return week.size() >= SESSIONS_FOR_A_GOOD_WEEK && week.stream().allMatch(SessionRecord::wasComfortable);
    }
}
