package dev.midback.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.DosageUnit;
import dev.midback.plan.Phase;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A routine becomes contiguous timed cues: position, breath-paced work, side switches, rests, done. */
class TimelineCompilerTest {

    private static Catalog catalog;
    private static TimelineCompiler compiler;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        compiler = new TimelineCompiler(catalog);
    }

    private static RoutineItem item(String id, DosageUnit unit, int amount, int sets, boolean perSide, int seconds) {
        return new RoutineItem(id, catalog.require(id).name(), Phase.MAIN, unit, amount, sets, perSide, seconds, "test");
    }

    private static Routine routine(RoutineItem... items) {
        int total = List.of(items).stream().mapToInt(RoutineItem::seconds).sum();
        return new Routine(new SafetyScreen().screen(Answers.NONE, PainToday.NONE), List.of(), total, List.of(items));
    }

    @Test
    void cuesAreContiguousAndAddUpToTheRoutine() {
        Routine routine = routine(
                item("cat-cow", DosageUnit.REPS, 5, 1, false, 50),
                item("seated-twist", DosageUnit.SECONDS, 20, 1, true, 55),
                item("bridge", DosageUnit.BREATHS, 5, 4, false, 150));
        Timeline timeline = compiler.compile(routine);
        assertThat(timeline.totalSeconds()).isEqualTo(255);
        int at = 0;
        for (Cue cue : timeline.cues()) {
            assertThat(cue.at()).as(cue.toString()).isEqualTo(at);
            at = cue.end();
        }
        assertThat(at).isEqualTo(255);
        assertThat(timeline.cues().get(timeline.cues().size() - 1).kind()).isEqualTo(CueKind.DONE);
    }

    @Test
    void eachItemKeepsExactlyItsSeconds() {
        Timeline timeline = compiler.compile(routine(
                item("cat-cow", DosageUnit.REPS, 5, 1, false, 50),
                item("thread-the-needle", DosageUnit.SECONDS, 20, 1, true, 52)));
        int catCow = timeline.cues().stream().filter(c -> "cat-cow".equals(c.exerciseId())).mapToInt(Cue::seconds).sum();
        int thread = timeline.cues().stream().filter(c -> "thread-the-needle".equals(c.exerciseId())).mapToInt(Cue::seconds).sum();
        assertThat(catCow).isEqualTo(50);
        assertThat(thread).isEqualTo(52);
    }

    @Test
    void sidedExerciseWorksBothSidesForEqualTimeWithASwitch() {
        Timeline timeline = compiler.compile(routine(item("seated-twist", DosageUnit.SECONDS, 20, 1, true, 55)));
        int right = workOn(timeline, "right");
        int left = workOn(timeline, "left");
        assertThat(right).isEqualTo(20).isEqualTo(left);
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.SWITCH_SIDE).hasSize(1)
                .allSatisfy(c -> assertThat(c.text()).contains("Switch sides"));
    }

    @Test
    void catCowIsPacedByTheBreathRepByRep() {
        Timeline timeline = compiler.compile(routine(item("cat-cow", DosageUnit.REPS, 5, 1, false, 50)));
        List<Cue> breaths = timeline.cues().stream()
                .filter(c -> c.kind() == CueKind.BREATHE_IN || c.kind() == CueKind.BREATHE_OUT).toList();
        assertThat(breaths).hasSize(10);
        for (int i = 0; i < breaths.size(); i++) {
            assertThat(breaths.get(i).kind()).isEqualTo(i % 2 == 0 ? CueKind.BREATHE_IN : CueKind.BREATHE_OUT);
        }
        assertThat(breaths.get(9).text()).contains("Repetition 5 of 5");
        assertThat(breaths.stream().mapToInt(Cue::seconds).sum()).isEqualTo(5 * 8);
    }

    @Test
    void setsAreSeparatedByRests() {
        Timeline timeline = compiler.compile(routine(item("bridge", DosageUnit.BREATHS, 5, 4, false, 150)));
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.REST).hasSize(3);
        assertThat(timeline.cues().get(0).kind()).isEqualTo(CueKind.MOVE);
    }

    @Test
    void anEmptyRoutineIsJustDone() {
        Timeline timeline = compiler.compile(new Routine(new SafetyScreen().screen(Answers.yesTo(Question.NIGHT_PAIN), PainToday.NONE), List.of("see a doctor"), 0, List.of()));
        assertThat(timeline.totalSeconds()).isZero();
        assertThat(timeline.cues()).singleElement().extracting(Cue::kind).isEqualTo(CueKind.DONE);
    }

    @Test
    void documentHasTheDesignedFields() {
        var doc = TimelineDocument.of(compiler.compile(routine(item("seated-twist", DosageUnit.SECONDS, 20, 1, true, 55))));
        assertThat(doc).containsKeys("totalSeconds", "cues");
        @SuppressWarnings("unchecked")
        var first = ((List<java.util.Map<String, Object>>) doc.get("cues")).get(0);
        assertThat(first).containsOnlyKeys("at", "seconds", "kind", "exerciseId", "side", "text", "figure");
        assertThat(first.get("kind")).isEqualTo("move");
        assertThat(first.get("figure")).isEqualTo(java.util.Map.of("from", 0, "to", 0));
    }

    @Test
    void aStaticHoldMovesIntoTheStretchOnTheBreathItsStepsNameAndStaysThere() {
        Timeline timeline = compiler.compile(routine(item("seated-twist", DosageUnit.SECONDS, 20, 1, true, 55)));
        for (String side : List.of("right", "left")) {
            List<Cue> work = timeline.cues().stream()
                    .filter(c -> side.equals(c.side()) && (c.kind() == CueKind.BREATHE_IN || c.kind() == CueKind.BREATHE_OUT)).toList();
            List<Cue> moving = work.stream().filter(c -> c.figure().moves()).toList();
            assertThat(moving).as("one movement into the twist on the " + side).singleElement().satisfies(c -> {
                assertThat(c.kind()).as("the steps turn on the out-breath").isEqualTo(CueKind.BREATHE_OUT);
                assertThat(c.figure()).isEqualTo(new FigureMove(0, 1));
                assertThat(c.text()).contains("turned to the " + side);
            });
            int turned = work.indexOf(moving.get(0));
            assertThat(work.subList(turned + 1, work.size())).as("the twist is held, frame after frame")
                    .isNotEmpty().allSatisfy(c -> assertThat(c.figure()).isEqualTo(FigureMove.still(1)));
        }
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.SWITCH_SIDE).singleElement()
                .satisfies(c -> assertThat(c.figure()).as("out of the twist to change sides").isEqualTo(new FigureMove(1, 0)));
    }

    @Test
    void catCowFollowsTheBreathIntoCowAndOutIntoCat() {
        Timeline timeline = compiler.compile(routine(item("cat-cow", DosageUnit.REPS, 5, 1, false, 50)));
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.BREATHE_IN)
                .allSatisfy(c -> assertThat(c.figure().to()).as(c.text()).isEqualTo(1))
                .allSatisfy(c -> assertThat(c.text()).contains("cow"));
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.BREATHE_OUT)
                .allSatisfy(c -> assertThat(c.figure().to()).isEqualTo(0))
                .allSatisfy(c -> assertThat(c.text()).contains("cat"));
        Cue previous = null;
        for (Cue cue : timeline.cues()) {
            if (previous != null && previous.figure() != null && cue.figure() != null) {
                assertThat(cue.figure().from()).as("each movement starts where the last ended: " + cue.text())
                        .isEqualTo(previous.figure().to());
            }
            previous = cue;
        }
    }

    @Test
    void breathCuesDuringAHoldSayToKeepBreathingAndNeverJustHold() {
        Timeline timeline = compiler.compile(routine(
                item("chair-thoracic-extension", DosageUnit.SECONDS, 30, 2, false, 90),
                item("childs-pose", DosageUnit.SECONDS, 30, 1, false, 45)));
        assertThat(timeline.cues()).allSatisfy(c -> assertThat(c.text()).doesNotContainPattern("(?i)breathe (in|out)\\. hold"));
        assertThat(timeline.cues()).filteredOn(c -> c.kind() == CueKind.BREATHE_IN && !c.figure().moves())
                .filteredOn(c -> "chair-thoracic-extension".equals(c.exerciseId()) && c.figure().to() == 1)
                .isNotEmpty().allSatisfy(c -> assertThat(c.text()).contains("keep breathing"));
    }

    @Test
    void gettingIntoPositionSaysWhichExerciseAndWhereToStart() {
        Timeline timeline = compiler.compile(routine(item("cat-cow", DosageUnit.REPS, 5, 1, false, 60)));
        Cue move = timeline.cues().get(0);
        assertThat(move.kind()).isEqualTo(CueKind.MOVE);
        assertThat(move.text()).startsWith("Cat-cow. " + catalog.require("cat-cow").setup());
    }

    @Test
    void theKeyCautionForThePersonIsSaidWhileGettingIntoPosition() {
        Routine planned = new dev.midback.plan.RoutinePlanner(catalog, new SafetyScreen()).plan(
                new dev.midback.plan.PlanRequest(10, dev.midback.plan.Place.FLOOR, java.util.Set.of(dev.midback.catalog.Prop.MAT),
                        dev.midback.catalog.Level.BEGINNER, PainToday.NONE, Answers.yesTo(Question.OSTEOPOROSIS)),
                dev.midback.plan.History.of(List.of()));
        RoutineItem catCow = planned.items().stream().filter(i -> i.exerciseId().equals("cat-cow")).findFirst().orElseThrow();
        assertThat(catCow.keyCaution()).as("cat-cow's caution for osteoporosis").containsIgnoringCase("osteoporosis");
        Cue move = compiler.compile(planned).cues().stream()
                .filter(c -> c.kind() == CueKind.MOVE && "cat-cow".equals(c.exerciseId())).findFirst().orElseThrow();
        assertThat(move.text()).contains("Take care: ").containsIgnoringCase("osteoporosis");
    }

    private static int workOn(Timeline timeline, String side) {
        return timeline.cues().stream()
                .filter(c -> side.equals(c.side()) && (c.kind() == CueKind.BREATHE_IN || c.kind() == CueKind.BREATHE_OUT))
                .mapToInt(Cue::seconds).sum();
    }
}
