package dev.midback.store;

import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderInput;
import dev.midback.reminder.ReminderKind;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Weekdays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reminders in the database; every statement is scoped to the owner. */
public final class JdbcReminderStore implements ReminderStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcReminderStore.class);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String COLUMNS = "id, kind, days, at_time, time_zone, label, enabled, created_at, changed_at";

    private final Database database;

    public JdbcReminderStore(Database database) {
        this.database = database;
    }

    /** Rows that cannot be read as a reminder (written by hand, or by another version) are left out, and logged. */
    @Override
    public List<Reminder> list(String owner) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE owner = :owner "
                        + "ORDER BY at_time, kind, created_at, id")
                .bind("owner", owner)
                .map((rs, ctx) -> read(rs))
                .list()).stream().flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Reminder> find(String owner, String id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE owner = :owner AND id = :id")
                .bind("owner", owner).bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne()).flatMap(r -> r);
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

    /** The row as a reminder, or nothing when a value in it is not one a reminder can have. */
    private static Optional<Reminder> read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        try {
            Optional<ReminderKind> kind = ReminderKind.of(rs.getString("kind"));
            List<Optional<DayOfWeek>> days = Arrays.stream(rs.getString("days").split(",")).map(Weekdays::parse).toList();
            Optional<LocalTime> time = ReminderInput.parseTime(rs.getString("at_time"));
            String zone = rs.getString("time_zone");
            if (kind.isEmpty() || days.stream().anyMatch(Optional::isEmpty) || time.isEmpty() || zone == null
                    || rs.getString("label") == null) {
                LOG.warn("Reminder {} is left out: its kind, days or time cannot be read", id);
                return Optional.empty();
            }
            return Optional.of(new Reminder(id, kind.get(), days.stream().map(Optional::get).toList(), time.get(), ZoneId.of(zone),
                    rs.getString("label"), rs.getInt("enabled") == 1, Instant.parse(rs.getString("created_at")),
                    Instant.parse(rs.getString("changed_at"))));
        } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
            LOG.warn("Reminder {} is left out: {}", id, e.getMessage());
            return Optional.empty();
        }
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
