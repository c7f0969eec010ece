package dev.midback.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made histories for tests: sessions on given days, comfortable unless said otherwise. */
final class Sessions {

    static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    private final List<SessionRecord> sessions = new ArrayList<>();

    static Sessions start() {
        return new Sessions();
    }

    static SessionRecord.Done done(String id, int amount) {
        return new SessionRecord.Done(id, amount, true);
    }

    static SessionRecord.Done unfinished(String id, int amount) {
        return new SessionRecord.Done(id, amount, false);
    }

    /** A comfortable session (pain 3 before and after). */
    Sessions comfortable(int day, SessionRecord.Done... items) {
        return add(new SessionRecord(MONDAY.plusDays(day), Arrays.asList(items), 3, 3, false));
    }

    /** A session after which the pain was 3 points higher. */
    Sessions painRose(int day, SessionRecord.Done... items) {
        return add(new SessionRecord(MONDAY.plusDays(day), Arrays.asList(items), 2, 5, false));
    }

    /** A session stopped for pain. */
    Sessions painStop(int day, SessionRecord.Done... items) {
        return add(new SessionRecord(MONDAY.plusDays(day), Arrays.asList(items), 3, 6, true));
    }

    Sessions add(SessionRecord session) {
        sessions.add(session);
        return this;
    }

    History history() {
        return History.of(sessions);
    }
}
