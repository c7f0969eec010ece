package dev.midback.plan;

import static dev.midback.plan.Sessions.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Demand;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swaps offered for an exercise that does not suit. */
class AlternativesTest {

    private static Catalog catalog;
    private static Alternatives alternatives;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        alternatives = new Alternatives(catalog);
    }

    private static PlanRequest floor(Set<Prop> props, Answers answers) {
        return new PlanRequest(10, Place.FLOOR, props, Level.BEGINNER, PainToday.NONE, answers);
    }

    /** Swaps under the screening of the request's answers, for a newcomer. */
    private static List<Exercise> to(Exercise exercise, PlanRequest request) {
        return to(exercise, request, History.EMPTY);
    }

    private static List<Exercise> to(Exercise exercise, PlanRequest request, History history) {
        return alternatives.to(exercise, Fit.of(request, new SafetyScreen().screen(request.answers(), request.pain())), history);
    }

    private static List<String> ids(List<Exercise> exercises) {
        return exercises.stream().map(Exercise::id).toList();
    }

    @Test
    void aTwistIsSwappedForAnotherTwistFirstTheNamedAlternativeOnHandsAndKneesLeadingThenOtherStretchesOfTheSameArea() {
        List<Exercise> swaps = to(catalog.require("thread-the-needle"), floor(Set.of(Prop.CHAIR), Answers.NONE));
        assertThat(ids(swaps)).startsWith("kneeling-thoracic-twist", "cross-legged-twist", "seated-twist", "seated-twist-arms-crossed",
                        "lower-back-rotation")
                .contains("lateral-childs-pose", "cobra");
        assertThat(swaps.subList(5, swaps.size())).as("after the twists").noneMatch(e -> e.movements().contains(Movement.ROTATION));
    }

    @Test
    void swapsFitThePropsAndThePlace() {
        Exercise twist = catalog.require("thread-the-needle");
        assertThat(ids(to(twist, floor(Set.of(), Answers.NONE)))).doesNotContain("seated-twist");
        PlanRequest desk = new PlanRequest(10, Place.DESK, Set.of(Prop.CHAIR), Level.BEGINNER, PainToday.NONE, Answers.NONE);
        assertThat(to(twist, desk)).extracting(Exercise::id).startsWith("seated-twist").doesNotContain("thread-the-needle");
        assertThat(to(twist, desk)).allSatisfy(e -> assertThat(e.position()).isIn(Position.STANDING, Position.SEATED_CHAIR));
        assertThat(to(catalog.require("passive-backbend"), desk))
                .allSatisfy(e -> assertThat(e.position()).isIn(Position.STANDING, Position.SEATED_CHAIR));
    }

    @Test
    void theScreeningIsRespected() {
        Exercise twist = catalog.require("thread-the-needle");
        assertThat(to(twist, floor(Set.of(Prop.CHAIR), Answers.yesTo(Question.OSTEOPOROSIS))))
                .as("no twist with osteoporosis").isNotEmpty()
                .noneMatch(e -> e.demands().contains(Demand.END_RANGE_ROTATION) || e.demands().contains(Demand.END_RANGE_FLEXION));
        assertThat(to(twist, floor(Set.of(Prop.CHAIR), Answers.yesTo(Question.LONG_TERM_STEROIDS))))
                .as("long-term steroids leave out what osteoporosis does")
                .noneMatch(e -> e.demands().contains(Demand.END_RANGE_ROTATION) || e.demands().contains(Demand.END_RANGE_FLEXION));
        assertThat(to(catalog.require("cobra"), floor(Set.of(Prop.TOWEL), Answers.yesTo(Question.PREGNANT))))
                .allSatisfy(e -> assertThat(e.position()).isNotIn(Position.PRONE, Position.SUPINE));
    }

    @Test
    void lockedExercisesAreOfferedOnlyOnceUnlocked() {
        Exercise cobra = catalog.require("cobra");
        PlanRequest request = new PlanRequest(10, Place.FLOOR, Set.of(), Level.INTERMEDIATE, PainToday.NONE, Answers.NONE);
        assertThat(ids(to(cobra, request))).doesNotContain("active-prone-extension").contains("prone-neck-turn-series");
        Sessions s = Sessions.start();
        for (int day = 0; day < 3; day++) {
            s.comfortable(day, done("prone-neck-turn-series", 3));
        }
        assertThat(ids(to(cobra, request, s.history()))).contains("active-prone-extension");
    }

    @Test
    void everySwapWorksTheSameAreaOrMovementOrIsANamedVariantAndNeverTheExerciseItself() {
        PlanRequest everything = new PlanRequest(30, Place.ANY, EnumSet.allOf(Prop.class), Level.ADVANCED, PainToday.NONE,
                Answers.NONE);
        for (Exercise e : catalog.exercises()) {
            List<Exercise> swaps = to(e, everything);
            assertThat(swaps).as(e.id()).doesNotContain(e).doesNotHaveDuplicates();
            assertThat(swaps).as(e.id()).allSatisfy(x -> assertThat(
                    x.movements().stream().anyMatch(e.movements()::contains)
                            || x.regions().stream().anyMatch(e.regions()::contains)
                            || e.variants().stream().anyMatch(v -> v.exerciseId().equals(x.id()))
                            || x.variants().stream().anyMatch(v -> v.exerciseId().equals(e.id()))).isTrue());
            assertThat(swaps).as(e.id()).noneMatch(Exercise::instructorFirst);
            assertThat(to(e, everything)).as("same answer twice").isEqualTo(swaps);
        }
    }

    @Test
    void childsPoseCanBeSwappedForItsSidewaysVariant() {
        assertThat(ids(to(catalog.require("childs-pose"), floor(Set.of(), Answers.NONE)))).contains("lateral-childs-pose");
    }
}
