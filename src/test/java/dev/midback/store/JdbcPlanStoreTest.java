package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Demand;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Level;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.plan.Phase;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.Clearance;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.Urgency;
import dev.midback.safety.Verdict;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
    /** A screening as the planner hands it over: what it leaves out must come back as it went in. */
    private final Clearance clearance = new Clearance(Verdict.CAUTION, Urgency.BEFORE_STARTING, List.of("see a professional first"),
            true, Map.of(Position.PRONE, "not face down today"), Map.of(Demand.DEEP_BACKBEND, "no deep backbends"));
    private final Routine routine = new Routine(clearance, List.of("see a professional first", "warm up"), 75, List.of(
            new RoutineItem("seated-twist", "Seated twist on a chair", Phase.MAIN, DosageUnit.SECONDS, 20, 1, true, 50, "rotation",
                    "Keep your back long.", List.of(new RoutineItem.SwapOption("chair-thoracic-extension", "Thoracic extension over a chair")),
                    null),
            new RoutineItem("mountain-pose", "Mountain pose", Phase.WARM_UP, DosageUnit.BREATHS, 4, 1, false, 25, "warm-up", null,
                    List.of(), "Nothing else in the catalog does this with the props you have.")));

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
            assertThat(found.routine().clearance()).as("the screening it was planned under, not a new one").isEqualTo(clearance);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPlanKeptBeforePlansCarriedTheirScreeningIsScreenedFromItsAnswers(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(kind, folder, "plans-before-screening"))) {
            String id = "6f1c2a8e-5b7d-4c3e-9a10-2b3c4d5e6f70";
            db.jdbi().useHandle(h -> h.createUpdate(
                            "INSERT INTO plans (id, owner, created_at, request, routine) VALUES (:id, 'local', :at, :request, :routine)")
                    .bind("id", id)
                    .bind("at", "2026-01-02T08:00:00Z")
                    .bind("request", "{\"minutes\":10,\"place\":\"floor\",\"props\":[\"mat\"],\"level\":\"beginner\","
                            + "\"pain\":2,\"sharpPain\":false,\"yes\":[\"pregnant\"]}")
                    .bind("routine", "{\"verdict\":\"caution\",\"advice\":[\"Ask your midwife.\"],\"totalSeconds\":50,\"items\":"
                            + "[{\"exerciseId\":\"cat-cow\",\"name\":\"Cat-cow\",\"phase\":\"warm-up\",\"unit\":\"reps\","
                            + "\"amount\":5,\"sets\":1,\"perSide\":false,\"seconds\":50,\"reason\":\"warm-up\"}]}")
                    .execute());
            Routine found = new JdbcPlanStore(db, CLOCK).find(id).orElseThrow().routine();
            assertThat(found.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(found.advice()).containsExactly("Ask your midwife.");
            assertThat(found.items()).extracting(RoutineItem::exerciseId).containsExactly("cat-cow");
            assertThat(found.clearance().excludedPositions()).containsKeys(Position.PRONE, Position.SUPINE, Position.ON_BALL);
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
