package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code log} and {@code history} over the journal in the data folder, and {@code go} writing into it. */
class JournalCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aLoggedSessionShowsInTheHistory() throws Exception {
        CliRun log = CliRun.in(folder, "", "log", "--pain-before", "6", "--pain-after", "4", "--stiffness", "5",
                "--done", "cat-cow,Child's pose", "--skipped", "bridge", "--notes", "tight after the drive", "--on", "2026-11-20");
        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out()).contains("Saved in your journal");
        CliRun history = CliRun.in(folder, "", "history");
        assertThat(history.out()).contains("Fri 20 Nov 2026", "pain 6 -> 4", "stiffness 5", "2/3 done", "tight after the drive", "1 sessions.");
        JsonNode entries = json.readTree(CliRun.in(folder, "", "history", "--json").out());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("items").get(1).get("exerciseId").asText()).isEqualTo("childs-pose");
    }

    @Test
    void exportWritesTheJournalAsJson() throws Exception {
        CliRun.in(folder, "", "log", "--pain-before", "6", "--done", "cobra");
        Path file = folder.resolve("backup.json");
        CliRun export = CliRun.in(folder, "", "export", "--out", file.toString());
        assertThat(export.exitCode()).isZero();
        JsonNode doc = json.readTree(file.toFile());
        assertThat(doc.get("format").asText()).isEqualTo("midback");
        assertThat(doc.get("journal").get(0).get("items").get(0).get("exerciseId").asText()).isEqualTo("cobra");
    }

    @Test
    void theHistorySaysWhenPainHasDroppedEnoughToMatter() {
        CliRun.in(folder, "", "log", "--pain-before", "6", "--on", "2026-10-01");
        CliRun.in(folder, "", "log", "--pain-before", "6", "--on", "2026-10-03");
        CliRun.in(folder, "", "log", "--pain-before", "3", "--on", "2026-10-20");
        assertThat(CliRun.in(folder, "", "history").out()).contains("down 3.0 points (50%)", "large enough to matter");
    }

    @Test
    void aBadValueExitsTwoNamingItAndNothingIsSaved() {
        CliRun bad = CliRun.in(folder, "", "log", "--pain-before", "12");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).hasSize(1);
        assertThat(bad.err()).contains("--pain-before", "12");
        CliRun unknown = CliRun.in(folder, "", "log", "--pain-before", "3", "--done", "cat-cow,handstand");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--done", "handstand");
        assertThat(CliRun.in(folder, "", "history").out()).contains("No sessions yet");
    }

    @Test
    void goRecordsTheSessionAndAStopForPainStepsTheNextPlanBack() {
        CliRun go = CliRun.in(folder, "2\nh\n6\n", "go", "--minutes", "5", "--place", "floor", "--speed", "50");
        assertThat(go.exitCode()).as(go.err()).isZero();
        assertThat(go.out()).contains("Saved in your journal");
        assertThat(CliRun.in(folder, "", "history").out()).contains("pain 2 -> 6", "stopped for pain");
        CliRun next = CliRun.in(folder, "", "plan", "--minutes", "5", "--place", "floor");
        assertThat(next.out()).contains("easier than usual");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1999-12-31", "9999-12-31", "+999999999-12-31", "+1000000000-12-31", "yesterday"})
    void aDayOutsideTwoThousandToTodayExitsTwoNamingOnAndNothingIsSaved(String day) {
        CliRun log = CliRun.in(folder, "", "log", "--pain-before", "4", "--on", day);

        assertThat(log.exitCode()).isEqualTo(2);
        assertThat(log.errLines()).hasSize(1);
        assertThat(log.err()).contains("--on must be a day such as 2026-11-20, from 2000-01-01 to", day);
        assertThat(CliRun.in(folder, "", "history").out()).contains("No sessions yet");
    }

    @Test
    void aSessionAnOlderVersionStoredWithAWildDateIsListedAndLeftOutOfTheExport() throws Exception {
        CliRun.in(folder, "", "log", "--pain-before", "5", "--on", "2026-11-20");
        try (Database database = Database.open(DataFolder.sqliteUrl(folder))) {
            new JdbcJournalStore(database).add(JournalStore.LOCAL, new JournalEntry(UUID.randomUUID().toString(),
                    Instant.parse("+1000000000-12-31T23:59:59Z"), null, List.of(), 7, null, null, "", false));
        }

        CliRun history = CliRun.in(folder, "", "history");
        Path file = folder.resolve("backup.json");
        CliRun export = CliRun.in(folder, "", "export", "--out", file.toString());

        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("Fri 20 Nov 2026", "date out of range (+1000000000-12-31T23:59:59Z)", "2 sessions.");
        assertThat(json.readTree(CliRun.in(folder, "", "history", "--json").out())).hasSize(2);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(json.readTree(file.toFile()).get("journal")).hasSize(1);
    }
}
