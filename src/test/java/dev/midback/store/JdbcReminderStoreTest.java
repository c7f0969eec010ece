package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.midback.journal.JournalStore;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderKind;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reminders are kept whole, per owner, listed by time of day, and changed and deleted, on both databases. */
class JdbcReminderStoreTest {

    @TempDir
    static Path folder;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static Reminder reminder(ReminderKind kind, String time, String label, boolean enabled, DayOfWeek... days) {
        return new Reminder(UUID.randomUUID().toString(), kind, List.of(days), LocalTime.parse(time), ZoneId.of("America/Sao_Paulo"),
                label, enabled, Instant.parse("2026-01-07T10:00:00.123Z"), Instant.parse("2026-01-08T11:30:00Z"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void remindersAreKeptWholeByTimeOfDayAndSurviveReopening(String kind) throws Exception {
        String url = TestDatabases.fresh(kind, folder, "reminders-order");
        Reminder evening = reminder(ReminderKind.SESSION, "19:45", "Évening \"stretch\" ✓", false, DayOfWeek.SUNDAY, DayOfWeek.TUESDAY);
        Reminder morning = reminder(ReminderKind.DESK_BREAK, "09:05", "Stand up", true,
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        try (Database db = Database.open(url)) {
            JdbcReminderStore store = new JdbcReminderStore(db);
            store.add(JournalStore.LOCAL, evening);
            store.add(JournalStore.LOCAL, morning);
        }
        try (Database db = Database.open(url)) {
            assertThat(new JdbcReminderStore(db).list(JournalStore.LOCAL)).containsExactly(morning, evening);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void remindersAreChangedAndDeleted(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "reminders-change"))) {
            JdbcReminderStore store = new JdbcReminderStore(db);
            Reminder r = reminder(ReminderKind.SESSION, "07:30", "Routine", true, DayOfWeek.MONDAY);
            store.add(JournalStore.LOCAL, r);
            Reminder changed = new Reminder(r.id(), ReminderKind.DESK_BREAK, List.of(DayOfWeek.SATURDAY), LocalTime.of(6, 0),
                    ZoneId.of("Asia/Tokyo"), "Earlier", false, r.created(), Instant.parse("2026-02-01T00:00:00Z"));
            assertThat(store.replace(JournalStore.LOCAL, changed)).isTrue();
            assertThat(store.find(JournalStore.LOCAL, r.id())).contains(changed);
            assertThat(store.delete(JournalStore.LOCAL, r.id())).isTrue();
            assertThat(store.find(JournalStore.LOCAL, r.id())).isEmpty();
            assertThat(store.delete(JournalStore.LOCAL, r.id())).isFalse();
            assertThat(store.replace(JournalStore.LOCAL, changed)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneOwnerNeverReachesAnothersReminders(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "reminders-owners"))) {
            JdbcReminderStore store = new JdbcReminderStore(db);
            Reminder anas = reminder(ReminderKind.SESSION, "07:30", "Ana's", true, DayOfWeek.MONDAY);
            store.add("ana", anas);
            assertThat(store.list("ben")).isEmpty();
            assertThat(store.find("ben", anas.id())).isEmpty();
            assertThat(store.replace("ben", anas)).isFalse();
            assertThat(store.delete("ben", anas.id())).isFalse();
            assertThat(store.list("ana")).containsExactly(anas);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void severalAreAddedAllOrNone(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "reminders-batch"))) {
            JdbcReminderStore store = new JdbcReminderStore(db);
            Reminder one = reminder(ReminderKind.DESK_BREAK, "10:00", "Break", true, DayOfWeek.MONDAY);
            Reminder two = reminder(ReminderKind.DESK_BREAK, "11:00", "Break", true, DayOfWeek.MONDAY);
            store.addAll(JournalStore.LOCAL, List.of(one, two));
            assertThat(store.list(JournalStore.LOCAL)).containsExactly(one, two);

            Reminder three = reminder(ReminderKind.DESK_BREAK, "12:00", "Break", true, DayOfWeek.MONDAY);
            // the second is already kept, so neither is written
            assertThatThrownBy(() -> store.addAll(JournalStore.LOCAL, List.of(three, one))).isInstanceOf(RuntimeException.class);
            assertThat(store.list(JournalStore.LOCAL)).containsExactly(one, two);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void rowsThatAreNoReminderAreLeftOutAndTheRestStillRead(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "reminders-odd"))) {
            JdbcReminderStore store = new JdbcReminderStore(db);
            Reminder fine = reminder(ReminderKind.SESSION, "07:30", "Fine", true, DayOfWeek.MONDAY);
            store.add(JournalStore.LOCAL, fine);
            String[][] odd = {
                {"kind", "nap", "MO", "08:00", "UTC", "2026-01-05T00:00:00Z"},
                {"day", "session", "MO,XX", "08:00", "UTC", "2026-01-05T00:00:00Z"},
                {"nodays", "session", "", "08:00", "UTC", "2026-01-05T00:00:00Z"},
                {"time", "session", "MO", "24:00", "UTC", "2026-01-05T00:00:00Z"},
                {"zone", "session", "MO", "08:00", "Europe/Nowhere", "2026-01-05T00:00:00Z"},
                {"made", "session", "MO", "08:00", "UTC", "yesterday"},
            };
            for (String[] row : odd) {
                db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO reminders (owner, id, kind, days, at_time, time_zone, label, "
                                + "enabled, created_at, changed_at) VALUES (:owner, :id, :kind, :days, :time, :zone, 'x', 1, :at, :at)")
                        .bind("owner", JournalStore.LOCAL).bind("id", row[0]).bind("kind", row[1]).bind("days", row[2])
                        .bind("time", row[3]).bind("zone", row[4]).bind("at", row[5]).execute());
            }
            assertThat(store.list(JournalStore.LOCAL)).containsExactly(fine);
            for (String[] row : odd) {
                assertThat(store.find(JournalStore.LOCAL, row[0])).as(row[0]).isEmpty();
            }
            assertThat(store.find(JournalStore.LOCAL, fine.id())).contains(fine);
        }
    }
}
