package dev.midback.store;

import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderKind;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Weekdays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Reminders in the database; every statement is scoped to the owner. */
public final class JdbcReminderStore implements ReminderStore {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String COLUMNS = "id, kind, days, at_time, time_zone, label, enabled, created_at, changed_at";

    private final Database database;

    public JdbcReminderStore(Database database) {
        this.database = database;
    }

    @Override
    public List<Reminder> list(String owner) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE owner = :owner "
                        + "ORDER BY at_time, kind, created_at, id")
                .bind("owner", owner)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Optional<Reminder> find(String owner, String id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE owner = :owner AND id = :id")
                .bind("owner", owner).bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public void add(String owner, Reminder reminder) {
        addAll(owner, List.of(reminder));
    }

    @Override
    public void addAll(String owner, List<Reminder> reminders) {
        database.jdbi().useTransaction(h -> {
            for (Reminder r : reminders) {
                insert(h, owner, r);
            }
        });
    }

    @Override
    public boolean replace(String owner, Reminder reminder) {
        return database.jdbi().inTransaction(h -> bind(h.createUpdate("UPDATE reminders SET kind = :kind, days = :days, "
                + "at_time = :time, time_zone = :zone, label = :label, enabled = :enabled, created_at = :created, "
                + "changed_at = :changed WHERE owner = :owner AND id = :id"), owner, reminder).execute() == 1);
    }

    @Override
    public boolean delete(String owner, String id) {
        return database.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM reminders WHERE owner = :owner AND id = :id")
                .bind("owner", owner).bind("id", id).execute() == 1);
    }

    private void insert(Handle h, String owner, Reminder r) {
        bind(h.createUpdate("INSERT INTO reminders (owner, " + COLUMNS + ") VALUES "
                + "(:owner, :id, :kind, :days, :time, :zone, :label, :enabled, :created, :changed)"), owner, r).execute();
    }

    private static Update bind(Update update, String owner, Reminder r) {
        return update.bind("owner", owner)
                .bind("id", r.id())
                .bind("kind", r.kind().id())
                .bind("days", r.days().stream().map(Weekdays::code).collect(Collectors.joining(",")))
                .bind("time", r.clock())
                .bind("zone", r.zone().getId())
                .bind("label", r.label())
                .bind("enabled", r.enabled() ? 1 : 0)
                .bind("created", r.created().toString())
                .bind("changed", r.changed().toString());
    }

    private static Reminder read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        ReminderKind kind = ReminderKind.of(rs.getString("kind"))
                .orElseThrow(() -> new SQLException("reminder " + id + " has an unknown kind"));
        List<DayOfWeek> days = Arrays.stream(rs.getString("days").split(","))
                .map(code -> Weekdays.parse(code).orElseThrow(() -> new IllegalStateException("reminder " + id + " has a bad day")))
                .toList();
        return new Reminder(id, kind, days, LocalTime.parse(rs.getString("at_time")), ZoneId.of(rs.getString("time_zone")),
                rs.getString("label"), rs.getInt("enabled") == 1, Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("changed_at")));
    }

    @Override
    public String feedToken(String owner) {
        return database.jdbi().inTransaction(h -> {
            Optional<String> kept = h.createQuery("SELECT token FROM calendar_feeds WHERE owner = :owner")
                    .bind("owner", owner).mapTo(String.class).findOne();
            if (kept.isPresent()) {
                return kept.get();
            }
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String token = java.util.HexFormat.of().formatHex(secret);
            h.createUpdate("INSERT INTO calendar_feeds (owner, token) VALUES (:owner, :token)")
                    .bind("owner", owner).bind("token", token).execute();
            return token;
        });
    }

    @Override
    public Optional<String> feedOwner(String token) {
        if (token == null || !token.matches("[0-9a-f]{48}")) {
            return Optional.empty();
        }
        return database.jdbi().withHandle(h -> h.createQuery("SELECT owner FROM calendar_feeds WHERE token = :token")
                .bind("token", token).mapTo(String.class).findOne());
    }
}
