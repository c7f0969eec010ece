package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The items of every journal entry, one row each, in a table of their own with an index by
 * exercise, so the planner reads an exercise's latest sessions (and whether it was done
 * comfortably often enough to unlock another) without going through the whole journal.
 *
 * <p>The database keeps the rows in step with the entries itself: triggers write an entry's items
 * when it is added, write them again when it is changed and remove them when it is deleted, inside
 * the statement that changes the entry, whatever writes it. The rows of the entries kept so far
 * are written here. SQLite and PostgreSQL read JSON and run triggers in different words, so this
 * migration is written in Java, with one set of statements for each; Flyway finds it in
 * {@code db/migration} with the SQL ones.
 */
public class V8__Journal_items_by_exercise extends BaseJavaMigration {

    private static final String TABLE = """
            CREATE TABLE journal_items (
                owner       VARCHAR(100) NOT NULL,
                entry_id    VARCHAR(36)  NOT NULL,
                position    INTEGER      NOT NULL,
                exercise_id TEXT         NOT NULL,
                at          VARCHAR(40)  NOT NULL,
                amount      INTEGER,
                done        INTEGER      NOT NULL,
                PRIMARY KEY (owner, entry_id, position)
            )""";

    private static final String INDEX =
            "CREATE INDEX journal_items_by_exercise ON journal_items (owner, exercise_id, at, entry_id, position)";

    private static final String COLUMNS = "owner, entry_id, position, exercise_id, at, amount, done";

    /** The columns of an item {@code j} of an entry {@code e}, read from the JSON array of its items by SQLite. */
    private static String sqliteItem(String e) {
        return "SELECT " + e + ".owner, " + e + ".id, j.key, COALESCE(json_extract(j.value, '$.exerciseId'), ''), " + e + ".at, "
                + "json_extract(j.value, '$.amount'), CASE WHEN json_extract(j.value, '$.done') THEN 1 ELSE 0 END ";
    }

    private static final List<String> SQLITE = List.of(
            TABLE,
            INDEX,
            "INSERT INTO journal_items (" + COLUMNS + ") " + sqliteItem("e") + "FROM journal_entries AS e, json_each(e.items) AS j",
            "CREATE TRIGGER journal_items_on_insert AFTER INSERT ON journal_entries BEGIN "
                    + "INSERT INTO journal_items (" + COLUMNS + ") " + sqliteItem("NEW") + "FROM json_each(NEW.items) AS j; END",
            "CREATE TRIGGER journal_items_on_update AFTER UPDATE ON journal_entries BEGIN "
                    + "DELETE FROM journal_items WHERE owner = OLD.owner AND entry_id = OLD.id; "
                    + "INSERT INTO journal_items (" + COLUMNS + ") " + sqliteItem("NEW") + "FROM json_each(NEW.items) AS j; END",
            "CREATE TRIGGER journal_items_on_delete AFTER DELETE ON journal_entries BEGIN "
                    + "DELETE FROM journal_items WHERE owner = OLD.owner AND entry_id = OLD.id; END");

    /** The columns of an item {@code j} of an entry {@code e}, read from the JSON array of its items by PostgreSQL. */
    private static String postgresqlItem(String e) {
        return "SELECT " + e + ".owner, " + e + ".id, (j.n - 1)::integer, COALESCE(j.item ->> 'exerciseId', ''), " + e + ".at, "
                + "(j.item ->> 'amount')::integer, CASE WHEN (j.item ->> 'done')::boolean THEN 1 ELSE 0 END ";
    }

    /** The items of entry {@code e} as rows {@code j(item, n)}, numbered from 1. */
    private static String postgresqlItemsOf(String e) {
        return "json_array_elements(" + e + ".items::json) WITH ORDINALITY AS j(item, n)";
    }

    private static final List<String> POSTGRESQL = List.of(
            TABLE,
            INDEX,
            "INSERT INTO journal_items (" + COLUMNS + ") " + postgresqlItem("e")
                    + "FROM journal_entries AS e CROSS JOIN LATERAL " + postgresqlItemsOf("e"),
            "CREATE FUNCTION journal_items_follow() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$\n"
                    + "BEGIN\n"
                    + "    IF TG_OP <> 'INSERT' THEN\n"
                    + "        DELETE FROM journal_items WHERE owner = OLD.owner AND entry_id = OLD.id;\n"
                    + "    END IF;\n"
                    + "    IF TG_OP <> 'DELETE' THEN\n"
                    + "        INSERT INTO journal_items (" + COLUMNS + ") " + postgresqlItem("NEW") + "FROM " + postgresqlItemsOf("NEW") + ";\n"
                    + "    END IF;\n"
                    + "    RETURN NULL;\n"
                    + "END\n"
                    + "$$",
            "CREATE TRIGGER journal_items_follow AFTER INSERT OR UPDATE OR DELETE ON journal_entries "
                    + "FOR EACH ROW EXECUTE FUNCTION journal_items_follow()");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean sqlite = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
        try (Statement statement = connection.createStatement()) {
            for (String sql : sqlite ? SQLITE : POSTGRESQL) {
                statement.execute(sql);
            }
        }
    }
}
