package dev.midback.store;

import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore;
import dev.midback.plan.Routine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Plans kept in the database, one row each, written and read back as JSON text by {@link PlanJson}. */
public final class JdbcPlanStore implements PlanStore {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Database database;
    private final Clock clock;
    private final PlanJson json = new PlanJson();

    public JdbcPlanStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public String save(String owner, PlanRequest request, Routine routine) {
        String id = UUID.randomUUID().toString();
        PlanJson.Columns columns = json.write(request, routine);
        database.jdbi().useTransaction(h -> h.createUpdate(
                        "INSERT INTO plans (id, owner, created_at, request, routine) VALUES (:id, :owner, :at, :request, :routine)")
                .bind("id", id)
                .bind("owner", owner)
                .bind("at", clock.instant().toString())
                .bind("request", columns.request())
                .bind("routine", columns.routine())
                .execute());
        return id;
    }

    @Override
    public Optional<StoredPlan> find(String owner, String id) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            return Optional.empty();
        }
        return database.jdbi().withHandle(h -> h.createQuery("SELECT request, routine FROM plans WHERE id = :id AND owner = :owner")
                .bind("id", id)
                .bind("owner", owner)
                .map((rs, ctx) -> read(id, new PlanJson.Columns(rs.getString("request"), rs.getString("routine"))))
                .findOne());
    }

    @Override
    public int deleteAll(String owner) {
        return database.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM plans WHERE owner = :owner")
                .bind("owner", owner).execute());
    }

    private StoredPlan read(String id, PlanJson.Columns columns) {
        try {
            return json.read(id, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
