package dev.midback.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Journal entries in the database; every statement is scoped to the owner. */
public final class JdbcJournalStore implements JournalStore {

    private static final String COLUMNS = "id, at, plan_id, items, pain_before, pain_after, stiffness, notes, stopped_for_pain";

    /** The most entries written in one transaction. */
    static final int GROUP = 256;
    /** The most entries waiting to be written; more callers wait for room. */
    static final int LINE = 4096;

    private final Database database;
    private final ObjectMapper json = new ObjectMapper();
    /** New entries that arrive together are committed together (one flush to the disk for all). */
    private final GroupCommit<Pending, Added> additions;

    public JdbcJournalStore(Database database) {
        this.database = database;
        this.additions = new GroupCommit<>(database.jdbi(), GROUP, LINE, (h, p) -> add(h, p.owner(), p.entry()));
    }

    /** An entry to add, for its owner. */
    private record Pending(String owner, JournalEntry entry) {
    }

    /**
     * Returns once the entry is committed, in one transaction with the entries added at the same
     * moment; should that transaction fail, each of them is written on its own, so a bad entry
     * fails only its own call.
     */
    @Override
    public JournalEntry add(String owner, JournalEntry entry) {
        return addOnce(owner, entry).entry();
    }

    @Override
    public Added addOnce(String owner, JournalEntry entry) {
        return additions.write(new Pending(owner, entry));
    }

    private Added add(Handle h, String owner, JournalEntry entry) {
        Optional<JournalEntry> kept = find(h, owner, entry.id());
        if (kept.isPresent()) {
            return new Added(kept.get(), false);
        }
        insert(h, owner, entry);
        return new Added(entry, true);
    }

    @Override
    public int addAll(String owner, List<JournalEntry> entries) {
        return database.jdbi().inTransaction(h -> {
            int added = 0;
            for (JournalEntry entry : entries) {
                if (find(h, owner, entry.id()).isEmpty()) {
                    insert(h, owner, entry);
                    added++;
                }
            }
            return added;
        });
    }

    @Override
    public int deleteAll(String owner) {
        return database.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM journal_entries WHERE owner = :owner")
                .bind("owner", owner).execute());
    }

    @Override
    public List<JournalEntry> list(String owner) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM journal_entries WHERE owner = :owner ORDER BY at, id")
                .bind("owner", owner)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Page page(String owner, Order order, Window window, Position after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one entry, not " + limit);
        }
        boolean newest = order == Order.NEWEST_FIRST;
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM journal_entries WHERE owner = :owner");
        if (window != null) {
            // The times are ISO texts, so they compare as they sort; the bounds are a second wider
            // than the window, and each row is then checked exactly.
            sql.append(" AND at >= :from AND at <= :to");
        }
        if (after != null) {
            sql.append(newest ? " AND (at < :at OR (at = :at AND id < :id))" : " AND (at > :at OR (at = :at AND id > :id))");
        }
        sql.append(newest ? " ORDER BY at DESC, id DESC" : " ORDER BY at, id").append(" LIMIT :limit");
        List<JournalEntry> rows = database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql.toString()).bind("owner", owner).bind("limit", limit + 1);
            if (window != null) {
                query.bind("from", window.from().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString())
                        .bind("to", window.to().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString());
            }
            if (after != null) {
                query.bind("at", after.at().toString()).bind("id", after.id());
            }
            return query.map((rs, ctx) -> read(rs)).list();
        });
        boolean more = rows.size() > limit;
        List<JournalEntry> page = more ? rows.subList(0, limit) : rows;
        Optional<Position> next = more ? Optional.of(Position.of(page.get(page.size() - 1))) : Optional.empty();
        return new Page(window == null ? page : page.stream().filter(e -> window.contains(e.at())).toList(), next);
    }

    @Override
    public List<JournalEntry> newest(String owner, int skip, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM journal_entries WHERE owner = :owner "
                        + "ORDER BY at DESC, id DESC LIMIT :limit OFFSET :skip")
                .bind("owner", owner).bind("limit", limit).bind("skip", skip)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public int count(String owner) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal_entries WHERE owner = :owner")
                .bind("owner", owner).mapTo(Integer.class).one());
    }

    @Override
    public int newerThan(String owner, JournalEntry entry) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal_entries WHERE owner = :owner "
                        + "AND (at > :at OR (at = :at AND id > :id))")
                .bind("owner", owner).bind("at", entry.at().toString()).bind("id", entry.id())
                .mapTo(Integer.class).one());
    }

    @Override
    public Optional<JournalEntry> find(String owner, String id) {
        return database.jdbi().withHandle(h -> find(h, owner, id));
    }

    @Override
    public boolean replace(String owner, JournalEntry entry) {
        return database.jdbi().inTransaction(h -> bind(h.createUpdate("UPDATE journal_entries SET at = :at, plan_id = :planId, "
                + "items = :items, pain_before = :painBefore, pain_after = :painAfter, stiffness = :stiffness, notes = :notes, "
                + "stopped_for_pain = :stopped WHERE owner = :owner AND id = :id"), owner, entry).execute() == 1);
    }

    @Override
    public boolean delete(String owner, String id) {
        return database.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM journal_entries WHERE owner = :owner AND id = :id")
                .bind("owner", owner).bind("id", id).execute() == 1);
    }

    private void insert(Handle h, String owner, JournalEntry entry) {
        bind(h.createUpdate("INSERT INTO journal_entries (owner, " + COLUMNS + ") VALUES "
                + "(:owner, :id, :at, :planId, :items, :painBefore, :painAfter, :stiffness, :notes, :stopped)"), owner, entry)
                .execute();
    }

    private Optional<JournalEntry> find(Handle h, String owner, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal_entries WHERE owner = :owner AND id = :id")
                .bind("owner", owner).bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne();
    }

    private Update bind(Update update, String owner, JournalEntry e) {
        return update.bind("owner", owner)
                .bind("id", e.id())
                .bind("at", e.at().toString())
                .bind("planId", e.planId())
                .bind("items", items(e.items()))
                .bind("painBefore", e.painBefore())
                .bind("painAfter", e.painAfter())
                .bind("stiffness", e.stiffness())
                .bind("notes", e.notes())
                .bind("stopped", e.stoppedForPain() ? 1 : 0);
    }

    private String items(List<JournalEntry.Item> items) {
        ArrayNode array = json.createArrayNode();
        for (JournalEntry.Item i : items) {
            var node = array.addObject().put("exerciseId", i.exerciseId()).put("done", i.done());
            if (i.amount() != null) {
                node.put("amount", i.amount());
            }
        }
        return array.toString();
    }

    private JournalEntry read(ResultSet rs) throws SQLException {
        List<JournalEntry.Item> items = new ArrayList<>();
        try {
            for (JsonNode i : json.readTree(rs.getString("items"))) {
                items.add(new JournalEntry.Item(i.get("exerciseId").asText(), i.get("done").asBoolean(),
                        i.has("amount") ? i.get("amount").asInt() : null));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("journal entry " + rs.getString("id") + " has unreadable items", e);
        }
        return new JournalEntry(rs.getString("id"), Instant.parse(rs.getString("at")), rs.getString("plan_id"), items,
                rs.getInt("pain_before"), nullableInt(rs, "pain_after"), nullableInt(rs, "stiffness"), rs.getString("notes"),
                rs.getInt("stopped_for_pain") == 1);
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** The item {@code i} is the first of its exercise in its entry (among the done ones, when {@code done}). */
    private static String firstOfItsExercise(boolean done) {
        return "NOT EXISTS (SELECT 1 FROM journal_items f WHERE f.owner = i.owner AND f.exercise_id = i.exercise_id "
                + "AND f.at = i.at AND f.entry_id = i.entry_id AND f.position < i.position" + (done ? " AND f.done = 1" : "") + ")";
    }

    /** The rule of {@link dev.midback.plan.SessionRecord#wasComfortable()}, for the entry {@code e}. */
    private static final String COMFORTABLE =
            "e.stopped_for_pain = 0 AND e.pain_after IS NOT NULL AND e.pain_after >= 0 AND e.pain_after - e.pain_before < 2";

    /**
     * The items of one exercise in the owner's entries inside the window, each with its entry
     * {@code e}; parameters: owner, exercise, then the window's first second and the second after it.
     */
    private static final String ITEMS_OF_AN_EXERCISE = "FROM journal_items i JOIN journal_entries e ON e.owner = i.owner "
            + "AND e.id = i.entry_id WHERE i.owner = ? AND i.exercise_id = ? AND i.at >= ? AND i.at < ?";

    private static final String LATEST_TAKES = "SELECT i.amount, i.done, e.pain_before, e.pain_after, e.stopped_for_pain "
            + ITEMS_OF_AN_EXERCISE + " AND " + firstOfItsExercise(false) + " ORDER BY i.at DESC, i.entry_id DESC LIMIT ?";

    private static final String COMFORTABLE_SESSIONS = "SELECT COUNT(*) FROM (SELECT 1 AS one " + ITEMS_OF_AN_EXERCISE
            + " AND i.done = 1 AND " + COMFORTABLE + " AND " + firstOfItsExercise(true) + " LIMIT ?) AS comfortable";

    /**
     * The window to the second, as texts. The times are ISO texts of one length up to the seconds,
     * and a text that starts with the seconds of a bound sorts after it whatever fraction follows,
     * so "from the start of this second" and "before the start of that one" are exact as texts.
     * No window: from the first second of year 0 to the last of year 9999.
     */
    private static String[] seconds(Window window) {
        return window == null ? new String[] {"0000-01-01T00:00:00", "9999-12-31T23:59:60"}
                : new String[] {secondOf(window.from()), secondOf(window.to().plusSeconds(1))};
    }

    private static String secondOf(Instant at) {
        String text = at.truncatedTo(ChronoUnit.SECONDS).toString();
        return text.substring(0, text.length() - 1);
    }

    /** What to do with one row of an exercise. */
    private interface ExerciseRow {
        void accept(String exerciseId, ResultSet row) throws SQLException;
    }

    /** Runs one statement, prepared once, for each exercise: its parameters are those of {@link #ITEMS_OF_AN_EXERCISE}, then a limit. */
    private void forEachExercise(String sql, String owner, Window window, java.util.Map<String, Integer> limits, ExerciseRow row) {
        if (limits.values().stream().noneMatch(limit -> limit > 0)) {
            return;
        }
        String[] bounds = seconds(window);
        try {
            database.jdbi().useHandle(h -> {
                try (java.sql.PreparedStatement statement = h.getConnection().prepareStatement(sql)) {
                    statement.setString(1, owner);
                    statement.setString(3, bounds[0]);
                    statement.setString(4, bounds[1]);
                    for (var asked : limits.entrySet()) {
                        if (asked.getValue() < 1) {
                            continue;
                        }
                        statement.setString(2, asked.getKey());
                        statement.setInt(5, asked.getValue());
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                row.accept(asked.getKey(), rs);
                            }
                        }
                    }
                }
            });
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    @Override
    public java.util.Map<String, List<Take>> latestTakes(String owner, Window window, java.util.Map<String, Integer> most) {
        java.util.Map<String, List<Take>> takes = new java.util.HashMap<>();
        forEachExercise(LATEST_TAKES, owner, window, most, (id, rs) -> takes.computeIfAbsent(id, x -> new ArrayList<>())
                .add(new Take(nullableInt(rs, "amount"), rs.getInt("done") == 1, rs.getInt("pain_before"),
                        nullableInt(rs, "pain_after"), rs.getInt("stopped_for_pain") == 1)));
        return takes;
    }

    @Override
    public java.util.Map<String, Integer> comfortableCounts(String owner, Window window, java.util.Collection<String> exerciseIds,
                                                            int upTo) {
        java.util.Map<String, Integer> limits = new java.util.LinkedHashMap<>();
        exerciseIds.forEach(id -> limits.put(id, upTo));
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        forEachExercise(COMFORTABLE_SESSIONS, owner, window, limits, (id, rs) -> {
            if (rs.getInt(1) > 0) {
                counts.put(id, rs.getInt(1));
            }
        });
        return counts;
    }
}
