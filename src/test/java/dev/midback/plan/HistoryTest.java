package dev.midback.plan;

import static dev.midback.plan.Sessions.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Prop;
import dev.midback.safety.SafetyScreen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history keeps only what the rules read (the recent sessions, and per exercise a few takes and
 * a count that stops at what unlocks), and the rules answer from it what they answered when they
 * read every session: the same step back, advice, sessions a week, doses, unlocks and routines.
 */
class HistoryTest {

    private static Catalog catalog;
    private static Progression progression;
    private static RoutinePlanner planner;
    private static WeeklySchedule schedule;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        progression = new Progression(catalog);
        planner = new RoutinePlanner(catalog, new SafetyScreen());
        schedule = new WeeklySchedule(catalog);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** The history as the store reads it: per exercise only the takes its dose needs, the count stopped at what unlocks. */
    static History asTheStoreReadsIt(History whole) {
        Map<String, History.Track> tracks = new HashMap<>();
        for (Exercise e : catalog.exercises()) {
            List<History.Take> takes = whole.track(e.id()).takes();
            if (!takes.isEmpty()) {
                tracks.put(e.id(), new History.Track(takes.subList(Math.max(0, takes.size() - Progression.takesNeeded(e)), takes.size()),
                        Math.min(Progression.COMFORTABLE_TO_UNLOCK, whole.track(e.id()).comfortableSessions())));
            }
        }
        return new History(whole.recent(), tracks);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBoundedHistoryAnswersAsEverySessionDid(long seed) {
        List<SessionRecord> sessions = RandomSessions.of(seed, catalog);
        WholeJournal whole = new WholeJournal(sessions);
        History kept = History.of(sessions);
        History bounded = asTheStoreReadsIt(kept);
        assertThat(progression.setback(bounded)).isEqualTo(whole.setback());
        assertThat(progression.latestExercises(bounded)).isEqualTo(whole.latestExercises());
        assertThat(progression.advisesProfessional(bounded)).isEqualTo(whole.advisesProfessional());
        assertThat(progression.sessionsPerWeek(bounded)).isEqualTo(whole.sessionsPerWeek());
        for (Exercise e : catalog.exercises()) {
            assertThat(progression.doseFor(e, bounded)).as(e.id()).isEqualTo(whole.doseFor(e));
            assertThat(progression.comfortableSessionsWith(e.id(), bounded) >= Progression.COMFORTABLE_TO_UNLOCK).as(e.id())
                    .isEqualTo(whole.comfortableSessionsWith(e.id()) >= Progression.COMFORTABLE_TO_UNLOCK);
            for (Set<Prop> props : List.of(EnumSet.allOf(Prop.class), EnumSet.noneOf(Prop.class), EnumSet.of(Prop.FOAM_ROLLER))) {
                assertThat(progression.isUnlocked(e, bounded, props)).as(e.id() + " with " + props)
                        .isEqualTo(progression.isUnlocked(e, kept, props));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBoundedHistoryGivesTheSameRoutinesAndWeeks(long seed) {
        List<SessionRecord> sessions = RandomSessions.of(seed, catalog);
        History kept = History.of(sessions);
        History bounded = asTheStoreReadsIt(kept);
        List<PlanRequest> requests = new ArrayList<>(GoldenProfiles.all().values());
        requests.add(Profile.random(seed, catalog).request());
        for (PlanRequest request : requests) {
            Routine routine = planner.plan(request, kept);
            assertThat(RoutineListing.of(planner.plan(request, bounded))).as(request.toString()).isEqualTo(RoutineListing.of(routine));
            assertThat(schedule.plan(Sessions.MONDAY, bounded, request, routine)).isEqualTo(schedule.plan(Sessions.MONDAY, kept, request, routine));
        }
    }

    @Test
    void theRecentSessionsAreThoseOfTheLastFourWeeksOldestFirst() {
        Sessions s = Sessions.start().comfortable(0, done("cat-cow", 5)).comfortable(30, done("cat-cow", 6))
                .comfortable(58, done("cat-cow", 7)).comfortable(31, done("cat-cow", 8)).comfortable(57, done("cat-cow", 9));
        History h = s.history();
        assertThat(h.recent()).extracting(SessionRecord::date)
                .containsExactly(Sessions.MONDAY.plusDays(31), Sessions.MONDAY.plusDays(57), Sessions.MONDAY.plusDays(58));
        assertThat(h.latest()).map(SessionRecord::date).contains(Sessions.MONDAY.plusDays(58));
        assertThat(h.track("cat-cow").takes()).as("takes over all time, in order of day")
                .extracting(History.Take::amount).containsExactly(5, 6, 8, 9, 7);
        assertThat(h.track("cat-cow").comfortableSessions()).isEqualTo(5);
        assertThat(h.track("bridge").takes()).isEmpty();
    }

    @Test
    void sessionsOfOneDayKeepTheOrderTheyCameIn() {
        History h = Sessions.start().comfortable(3, done("cat-cow", 5)).painStop(3, done("cat-cow", 6)).comfortable(3, done("cat-cow", 7))
                .comfortable(1, done("cat-cow", 4)).history();
        assertThat(h.recent()).extracting(r -> r.items().get(0).amount()).containsExactly(4, 5, 6, 7);
        assertThat(progression.setback(h)).isEqualTo(Setback.NONE);
    }

    @Test
    void noMoreThanTheLatest200SessionsAreKeptInFull() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sessions.add(new SessionRecord(LocalDate.of(2025, 6, 1).plusDays(i / 20), List.of(done("cat-cow", i)), 3, 3, false));
        }
        History h = History.of(sessions);
        assertThat(h.recent()).hasSize(History.RECENT_MOST);
        assertThat(h.recent().get(0).items().get(0).amount()).isEqualTo(300);
        assertThat(h.track("cat-cow").takes()).hasSize(500);
    }

    @Test
    void aLongComfortableRunAtTheTopNeedsNoMoreTakesThanKept() {
        Exercise row = catalog.require("band-row");
        Sessions s = Sessions.start();
        for (int i = 0; i < 12; i++) {
            s.comfortable(i * 2, done("band-row", row.dosage().max()));
            History kept = s.history();
            assertThat(progression.doseFor(row, asTheStoreReadsIt(kept))).as("after " + (i + 1)).isEqualTo(progression.doseFor(row, kept));
        }
        assertThat(progression.doseFor(row, s.history()).sets()).isEqualTo(row.dosage().maxSets());
    }
}
