package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.plan.Phase;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.Verdict;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans are kept whole and found again, on SQLite and on PostgreSQL. */
class JdbcPlanStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static String url(String kind) throws Exception {
        return TestDatabases.fresh(kind, folder, "plans-test");
    }

    private final PlanRequest request = new PlanRequest(10, Place.DESK, Set.of(Prop.CHAIR, Prop.BAND), Level.INTERMEDIATE,
            new PainToday(4, false), Answers.yesTo(Question.CHRONIC_PAIN));
    private final Routine routine = new Routine(Verdict.CAUTION, List.of("see a professional first"), 75, List.of(
            new RoutineItem("seated-twist", "Seated twist on a chair", Phase.MAIN, DosageUnit.SECONDS, 20, 1, true, 50, "rotation"),
            new RoutineItem("mountain-pose", "Mountain pose", Phase.WARM_UP, DosageUnit.BREATHS, 4, 1, false, 25, "warm-up")));

    @ParameterizedTest
    @MethodSource("databases")
    void aSavedPlanIsFoundWholeAfterReopening(String kind) throws Exception {
        String url = url(kind);
        String id;
        try (Database db = Database.open(url)) {
            id = new JdbcPlanStore(db, CLOCK).save(request, routine);
        }
        try (Database db = Database.open(url)) {
            PlanStore.StoredPlan found = new JdbcPlanStore(db, CLOCK).find(id).orElseThrow();
            assertThat(found.request()).isEqualTo(request);
            assertThat(found.routine()).isEqualTo(routine);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownOrMalformedIdsFindNothing(String kind) throws Exception {
        try (Database db = Database.open(url(kind))) {
            JdbcPlanStore store = new JdbcPlanStore(db, CLOCK);
            assertThat(store.find("00000000-0000-0000-0000-000000000000")).isEmpty();
            assertThat(store.find("'; DROP TABLE plans; --")).isEmpty();
            assertThat(store.find(null)).isEmpty();
            String id = store.save(request, routine);
            assertThat(store.find(id)).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void plansArePerOwnerAndDeletedWithTheirOwner(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "plans-owners"))) {
            JdbcPlanStore store = new JdbcPlanStore(db, CLOCK);
            String ana = store.save("ana", request, routine);
            String bo = store.save("bo", request, routine);
            String local = store.save(request, routine);
            assertThat(store.find("ana", ana)).isPresent();
            assertThat(store.find("bo", ana)).isEmpty();
            assertThat(store.find(ana)).as("personal mode sees no account's plan").isEmpty();
            assertThat(store.find(PlanStore.LOCAL, local)).isPresent();
            assertThat(store.deleteAll("ana")).isEqualTo(1);
            assertThat(store.find("ana", ana)).isEmpty();
            assertThat(store.find("bo", bo)).isPresent();
        }
    }
}
