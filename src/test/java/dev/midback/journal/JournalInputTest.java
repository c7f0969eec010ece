package dev.midback.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.input.Checked;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window of times an entry may carry: from 2000 to a day after now, both ends included. */
class JournalInputTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();
    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "2000-01-01T00:00:00Z, true",
            "1999-12-31T23:59:59.999Z, false",
            "2026-11-21T08:00:00Z, true",
            "2026-11-21T08:00:00.001Z, false",
            "0001-01-01T00:00:00Z, false",
            "9999-12-31T23:59:59Z, false",
            "+1000000000-12-31T23:59:59Z, false",
            "-1000000000-01-01T00:00:00Z, false"})
    void aTimeIsTakenOnlyFromTwoThousandToADayAfterNow(String at, boolean taken) {
        Checked<JournalEntry> checked = new JournalInput(null, List.of(new JournalInput.RawItem("cobra", true, 3)), 4, null, null,
                null, false).check(CATALOG, "an-id", Instant.parse(at), NOW);

        assertThat(checked.isValid()).isEqualTo(taken);
        if (!taken) {
            assertThat(checked.field()).isEqualTo("at");
            assertThat(checked.problem()).contains("2000-01-01", "2026-11-21");
        }
    }
}
