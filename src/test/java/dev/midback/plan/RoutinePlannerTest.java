package dev.midback.plan;

import static dev.midback.plan.Sessions.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.Clearance;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import dev.midback.testing.CatalogFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person notices in a routine, case by case. */
class RoutinePlannerTest {

    private static Catalog catalog;
    private static RoutinePlanner planner;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
    }

    private static PlanRequest request(int minutes, Place place, Set<Prop> props, Level level) {
        return new PlanRequest(minutes, place, props, level, PainToday.NONE, Answers.NONE);
    }

    private static Optional<RoutineItem> item(Routine routine, String id) {
        return routine.items().stream().filter(i -> i.exerciseId().equals(id)).findFirst();
    }

    private static Exercise ex(RoutineItem item) {
        return catalog.require(item.exerciseId());
    }

    @Test
    void aRedFlagGivesNoItemsAndSaysWhereToGetHelp() {
        Routine r = planner.plan(new PlanRequest(20, Place.FLOOR, Set.of(), Level.BEGINNER, PainToday.NONE,
                Answers.yesTo(Question.NUMBNESS_OR_WEAKNESS)), History.EMPTY);
        assertThat(r.verdict()).isEqualTo(Verdict.STOP);
        assertThat(r.items()).isEmpty();
        assertThat(r.totalSeconds()).isZero();
        assertThat(r.advice().get(0)).contains("emergency care now");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 7})
    void sharpOrWorstPainStops(int level) {
        PainToday pain = level == 10 ? new PainToday(10, false) : new PainToday(level, true);
        Routine r = planner.plan(new PlanRequest(10, Place.FLOOR, Set.of(), Level.BEGINNER, pain, Answers.NONE), History.EMPTY);
        assertThat(r.verdict()).isEqualTo(Verdict.STOP);
        assertThat(r.items()).isEmpty();
    }

    @Test
    void aDeskRoutineStaysStandingOrSeatedAndWarmsUpWithShoulderRolls() {
        Routine r = planner.plan(request(10, Place.DESK, EnumSet.of(Prop.CHAIR, Prop.BAND), Level.BEGINNER), History.EMPTY);
        assertThat(r.items()).allSatisfy(i -> assertThat(ex(i).position()).isIn(Position.STANDING, Position.SEATED_CHAIR));
        assertThat(r.items().get(0).exerciseId()).isEqualTo("shoulder-rolls");
        assertThat(r.items().get(0).reason()).startsWith("warm-up: loosens the shoulders and the top of the back");
        assertThat(r.items()).extracting(RoutineItem::exerciseId).contains("chair-thoracic-extension", "seated-twist");
    }

    @Test
    void onTheFloorCatCowWarmsUpAndChildsPoseCoolsDown() {
        Routine r = planner.plan(request(10, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        assertThat(r.items().get(0).exerciseId()).isEqualTo("cat-cow");
        assertThat(r.items().get(r.items().size() - 1).exerciseId()).isEqualTo("childs-pose");
        assertThat(r.items().get(r.items().size() - 1).phase()).isEqualTo(Phase.COOL_DOWN);
        assertThat(r.totalSeconds()).isBetween(540, 660);
    }

    @Test
    void tenMinutesOrMoreAdvisesAWalkOrARideFirst() {
        Routine nine = planner.plan(request(9, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        Routine ten = planner.plan(request(10, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        assertThat(nine.advice()).noneMatch(a -> a.contains("brisk walk"));
        assertThat(ten.advice()).anyMatch(a -> a.contains("5-10 minutes") && a.contains("brisk walk or easy cycling"));
    }

    @Test
    void atADeskTheWarmUpAdviceIsMarchingOnTheSpotAndShoulderRollsNotAWalkOrARide() {
        Routine ten = planner.plan(request(10, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        Routine nine = planner.plan(request(9, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        Routine floor = planner.plan(request(10, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        assertThat(ten.advice()).anyMatch(a -> a.contains("march on the spot for about 3 minutes") && a.contains("roll your shoulders"))
                .noneMatch(a -> a.contains("brisk walk") || a.contains("cycling"));
        assertThat(nine.advice()).noneMatch(a -> a.contains("march on the spot"));
        assertThat(floor.advice()).anyMatch(a -> a.contains("brisk walk or easy cycling")).noneMatch(a -> a.contains("march on the spot"));
    }

    @Test
    void aTwoMinuteDeskBreakHoldsAMidBackExerciseBetweenItsWarmUpAndCoolDown() {
        Routine r = planner.plan(request(2, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        assertThat(r.items()).extracting(RoutineItem::phase).containsExactly(Phase.WARM_UP, Phase.MAIN, Phase.COOL_DOWN);
        assertThat(r.totalSeconds()).isBetween(108, 132);
    }

    @Test
    void sidedExercisesCountBothSides() {
        Routine r = planner.plan(request(10, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        RoutineItem twist = item(r, "seated-twist").orElseThrow();
        assertThat(twist.perSide()).isTrue();
        assertThat(twist.seconds()).isEqualTo(Timing.TRANSITION_SECONDS + 2 * twist.amount() * twist.sets());
    }

    @Test
    void setsAreSeparatedByARestInsideTheItemsSeconds() {
        Routine r = planner.plan(request(10, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        RoutineItem chair = item(r, "chair-thoracic-extension").orElseThrow();
        assertThat(chair.sets()).isEqualTo(3);
        assertThat(chair.seconds()).isEqualTo(10 + 3 * chair.amount() + 2 * 10);
    }

    @Test
    void whenTheCatalogCannotFillTheTimeTheAdviceSaysSo() {
        Routine r = planner.plan(request(45, Place.DESK, EnumSet.noneOf(Prop.class), Level.BEGINNER), History.EMPTY);
        assertThat(r.totalSeconds()).isLessThan(45 * 60 * 9 / 10);
        assertThat(r.advice()).anyMatch(a -> a.startsWith("This routine takes ") && a.contains("less than the 45 minutes"));
    }

    @Test
    void aShortRoutineDoesItsStretchesASecondTime() {
        // With osteoporosis, the twists and the rounding stretches are left out: one round of the rest falls short.
        Routine r = planner.plan(new PlanRequest(15, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER, PainToday.NONE,
                Answers.yesTo(Question.OSTEOPOROSIS)), History.EMPTY);
        List<RoutineItem> again = r.items().stream().filter(i -> i.reason().endsWith(RoutinePlanner.SECOND_ROUND)).toList();
        assertThat(again).isNotEmpty();
        assertThat(r.totalSeconds()).isBetween(810, 990);
        assertThat(r.items().get(0).phase()).isEqualTo(Phase.WARM_UP);
    }

    @Test
    void anExerciseIsNeverDoneTwiceInARowEvenWhenRepeatingItWouldFillTheTime(@TempDir Path folder) throws IOException {
        // The catalog as it was: a desk had the seated twist, the chair extension and mountain pose only, so a
        // 10-minute desk routine had a single main exercise, and its second round came straight after it.
        CatalogFiles files = CatalogFiles.copyInto(folder);
        for (String id : List.of("seated-twist-arms-crossed", "seated-chest-opener", "upper-back-hug-stretch", "shoulder-blade-squeeze",
                "seated-slump-and-arch", "seated-side-bend", "standing-back-bend", "shoulder-rolls", "seated-elbows-back")) {
            Files.delete(files.root().resolve("exercises/" + id + ".yaml"));
        }
        RoutinePlanner small = new RoutinePlanner(new CatalogLoader().load(files.root()), new SafetyScreen());
        Routine r = small.plan(request(10, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        assertThat(r.items()).extracting(RoutineItem::exerciseId)
                .containsExactly("seated-twist", "chair-thoracic-extension", "mountain-pose");
        assertThat(r.advice()).anyMatch(a -> a.contains("less than the 10 minutes you asked for"));
    }

    @Test
    void aShortCautiousRoutineStillFitsItsTimeWithBackwardBending() {
        Routine r = planner.plan(new PlanRequest(5, Place.ANY, EnumSet.of(Prop.MAT, Prop.BLANKET, Prop.BAND), Level.BEGINNER,
                new PainToday(2, false), Answers.yesTo(Question.OSTEOPOROSIS)), History.EMPTY);
        assertThat(r.totalSeconds()).isBetween(270, 330);
        assertThat(r.items()).anySatisfy(i -> assertThat(catalog.require(i.exerciseId()).movements()).contains(Movement.EXTENSION));
    }

    @Test
    void othersShrinkToMakeRoomWhenTheRoutineWouldFallShort() {
        Routine r = planner.plan(new PlanRequest(3, Place.ANY, EnumSet.of(Prop.MAT, Prop.TOWEL, Prop.FOAM_ROLLER),
                Level.INTERMEDIATE, PainToday.NONE, Answers.yesTo(Question.OSTEOPOROSIS, Question.SEVERE_PAIN)), History.EMPTY);
        assertThat(r.totalSeconds()).isBetween(162, 198);
        assertThat(r.advice()).noneMatch(a -> a.contains("less than the"));
    }

    @Test
    void osteoporosisLeavesOutTwistsAndSaysSo() {
        Routine r = planner.plan(new PlanRequest(15, Place.FLOOR, EnumSet.of(Prop.MAT), Level.BEGINNER, PainToday.NONE,
                Answers.yesTo(Question.OSTEOPOROSIS)), History.EMPTY);
        assertThat(r.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(r.items()).noneMatch(i -> ex(i).movements().contains(Movement.ROTATION));
        assertThat(r.items()).extracting(RoutineItem::exerciseId).doesNotContain("childs-pose", "lateral-childs-pose");
        assertThat(r.advice()).contains("No twisting exercise today: twisting is left out with osteoporosis.");
        assertThat(r.items()).anyMatch(i -> ex(i).movements().contains(Movement.EXTENSION) && i.phase() == Phase.MAIN);
    }

    @Test
    void pregnancyLeavesOutLyingOnTheBackOrFront() {
        Routine r = planner.plan(new PlanRequest(15, Place.FLOOR, EnumSet.of(Prop.TOWEL, Prop.FOAM_ROLLER), Level.BEGINNER,
                PainToday.NONE, Answers.yesTo(Question.PREGNANT)), History.EMPTY);
        assertThat(r.items()).isNotEmpty()
                .allSatisfy(i -> assertThat(ex(i).position()).isNotIn(Position.SUPINE, Position.PRONE));
        assertThat(r.advice()).anyMatch(a -> a.contains("midwife"));
    }

    @Test
    void strongPainTodayKeepsToGentleExercises() {
        Routine r = planner.plan(new PlanRequest(20, Place.ANY, EnumSet.allOf(Prop.class), Level.ADVANCED,
                new PainToday(8, false), Answers.NONE), History.EMPTY);
        assertThat(r.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(r.items()).isNotEmpty().allSatisfy(i -> assertThat(Clearance.isGentle(ex(i))).as(i.exerciseId()).isTrue());
        assertThat(r.items()).noneMatch(i -> i.exerciseId().startsWith("band-"));
    }

    @Test
    void bandWorkOnlyForThoseWhoOwnABand() {
        Routine with = planner.plan(request(20, Place.FLOOR, EnumSet.of(Prop.BAND), Level.BEGINNER), History.EMPTY);
        Routine without = planner.plan(request(20, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        assertThat(with.items()).anySatisfy(i -> {
            assertThat(i.exerciseId()).startsWith("band-");
            assertThat(i.reason()).startsWith("strength: ").contains("you own a resistance band");
        });
        assertThat(without.items()).noneMatch(i -> i.exerciseId().startsWith("band-") || i.exerciseId().equals("pull-up"));
    }

    @Test
    void holdsGrowAfterTwoComfortableSessionsAndTheReasonSaysSo() {
        PlanRequest desk = request(4, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER);
        RoutineItem first = item(planner.plan(desk, History.EMPTY), "chair-thoracic-extension").orElseThrow();
        History h = Sessions.start().comfortable(0, done("chair-thoracic-extension", 15))
                .comfortable(2, done("chair-thoracic-extension", 15)).history();
        RoutineItem grown = item(planner.plan(desk, h), "chair-thoracic-extension").orElseThrow();
        assertThat(first.reason()).doesNotContain("last time");
        assertThat(grown.amount()).isGreaterThanOrEqualTo(20);
        assertThat(grown.reason()).contains("a longer hold than last time: your last 2 sessions with it were comfortable");
    }

    @Test
    void atTheTopOfTheRangeTheReasonClaimsNoLongerHold() {
        History h = Sessions.start().comfortable(0, done("seated-twist", 30)).comfortable(2, done("seated-twist", 30)).history();
        RoutineItem twist = item(planner.plan(request(5, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), h), "seated-twist")
                .orElseThrow();
        assertThat(twist.amount()).isEqualTo(30);
        assertThat(twist.reason()).doesNotContain("longer");
    }

    @Test
    void afterAPainStopTheHarderBackbendGivesWayToTheEasierOne() {
        Sessions s = Sessions.start();
        for (int day = 0; day < 3; day++) {
            s.comfortable(day * 2, done("cat-cow", 5), done("passive-backbend", 3));
        }
        PlanRequest request = request(20, Place.FLOOR, EnumSet.of(Prop.TOWEL, Prop.FOAM_ROLLER), Level.INTERMEDIATE);
        assertThat(item(planner.plan(request, s.history()), "passive-backbend-foam-roller")).as("unlocked").isPresent();
        s.painStop(8, done("cat-cow", 5), done("passive-backbend-foam-roller", 4));
        Routine r = planner.plan(request, s.history());
        assertThat(item(r, "passive-backbend-foam-roller")).as("left out after the pain stop").isEmpty();
        RoutineItem easier = item(r, "passive-backbend").orElseThrow();
        assertThat(easier.reason()).contains("easier than usual: a gentler choice than Passive backbend over a foam roller, "
                + "as you stopped for pain last session");
        assertThat(r.items().stream().flatMap(i -> i.swaps().stream()).map(RoutineItem.SwapOption::exerciseId))
                .as("nor offered as a swap").doesNotContain("passive-backbend-foam-roller");
        RoutineItem catCow = r.items().get(0);
        assertThat(catCow.amount()).as("cat-cow a step shorter").isEqualTo(4);
        assertThat(catCow.reason()).contains("easier than usual: you stopped for pain last session");
        assertThat(r.advice()).anyMatch(a -> a.startsWith("Today's routine is easier than usual"));
    }

    @Test
    void pullUpsAppearOnlyAfterBothBandExercisesWereComfortableThreeTimes() {
        PlanRequest gym = request(30, Place.ANY, EnumSet.of(Prop.BAND, Prop.PULL_UP_BAR), Level.ADVANCED);
        Sessions s = Sessions.start();
        for (int day = 0; day < 2; day++) {
            s.comfortable(day * 2, done("band-row", 12), done("band-pull-down", 12));
        }
        assertThat(item(planner.plan(gym, s.history()), "pull-up")).isEmpty();
        s.comfortable(6, done("band-row", 12), done("band-pull-down", 12));
        assertThat(item(planner.plan(gym, s.history()), "pull-up")).isPresent();
        assertThat(item(planner.plan(request(30, Place.ANY, EnumSet.of(Prop.BAND, Prop.PULL_UP_BAR), Level.INTERMEDIATE),
                s.history()), "pull-up")).as("still advanced only").isEmpty();
    }

    @Test
    void repeatedPainStopsAdviseSeeingAProfessional() {
        History h = Sessions.start().painStop(0, done("cat-cow", 5)).painStop(10, done("cat-cow", 5)).history();
        Routine r = planner.plan(request(10, Place.FLOOR, Set.of(), Level.BEGINNER), h);
        assertThat(r.advice()).anyMatch(a -> a.contains("see a healthcare professional before you go on"));
    }

    @Test
    void theWheelIsNeverPlanned() {
        Sessions s = Sessions.start();
        for (int day = 0; day < 6; day++) {
            s.comfortable(day, done("bridge", 5), done("ball-passive-backbend", 3), done("ball-full-backbend", 3));
        }
        for (int minutes : List.of(10, 30, 60)) {
            Routine r = planner.plan(request(minutes, Place.ANY, EnumSet.allOf(Prop.class), Level.ADVANCED), s.history());
            assertThat(item(r, "wheel")).isEmpty();
            assertThat(item(r, "ball-full-backbend")).as("unlocked by the ball backbend").isPresent();
        }
    }

    @Test
    void noExerciseTwiceAndMoreThanOneMovement() {
        Routine r = planner.plan(request(30, Place.ANY, EnumSet.allOf(Prop.class), Level.ADVANCED), History.EMPTY);
        assertThat(r.items().stream().filter(i -> !i.reason().endsWith(RoutinePlanner.SECOND_ROUND)))
                .extracting(RoutineItem::exerciseId).doesNotHaveDuplicates();
        assertThat(r.items().stream().flatMap(i -> ex(i).movements().stream()).distinct())
                .contains(Movement.EXTENSION, Movement.ROTATION, Movement.FLEXION, Movement.SIDE_BEND);
    }

    @Test
    void strengthWorkStartsWithOneSetOnTheFirstDay() {
        Routine r = planner.plan(request(30, Place.ANY, EnumSet.of(Prop.BAND, Prop.STICK), Level.BEGINNER), History.EMPTY);
        List<RoutineItem> strength = r.items().stream().filter(i -> ex(i).kind() == dev.midback.catalog.Kind.STRENGTH
                && !ex(i).needs().isEmpty()).toList();
        assertThat(strength).extracting(RoutineItem::exerciseId).contains("band-row", "band-pull-down", "stick-pull-down");
        assertThat(strength).allSatisfy(i -> {
            assertThat(i.sets()).as(i.exerciseId()).isEqualTo(1);
            assertThat(i.amount()).as(i.exerciseId()).isEqualTo(12);
        });
    }

    @Test
    void theFirstPullUpsStartWithOneSet() {
        Sessions s = Sessions.start();
        for (int day = 0; day < 3; day++) {
            s.comfortable(day * 2, done("band-row", 15), done("band-pull-down", 15));
        }
        Routine r = planner.plan(request(30, Place.ANY, EnumSet.of(Prop.BAND, Prop.PULL_UP_BAR), Level.ADVANCED), s.history());
        RoutineItem pullUp = item(r, "pull-up").orElseThrow();
        assertThat(pullUp.sets()).isEqualTo(1);
        assertThat(pullUp.amount()).isEqualTo(12);
    }

    @Test
    void strengthWorkBuildsUpToThreeSetsAsComfortableSessionsShowIt() {
        PlanRequest band = request(30, Place.ANY, EnumSet.of(Prop.BAND), Level.BEGINNER);
        Sessions s = Sessions.start();
        List<Integer> sets = new java.util.ArrayList<>();
        List<Integer> amounts = new java.util.ArrayList<>();
        for (int day = 0; day < 16; day++) {
            RoutineItem row = item(planner.plan(band, s.history()), "band-row").orElseThrow();
            sets.add(row.sets());
            amounts.add(row.amount());
            s.comfortable(day * 2, done("band-row", row.amount()));
        }
        assertThat(sets).as("sets session by session").startsWith(1, 1).contains(2).endsWith(3).isSorted();
        assertThat(sets).allMatch(n -> n <= 3);
        assertThat(amounts.get(sets.indexOf(2))).as("a second set once 15 repetitions are comfortable").isEqualTo(15);
    }

    @Test
    void whenBothBallBackbendsArePlannedThePassiveOneComesFirst() {
        Sessions s = Sessions.start();
        for (int day = 0; day < 3; day++) {
            s.comfortable(day * 2, done("ball-passive-backbend", 3));
        }
        for (int minutes : new int[] {15, 20, 30, 45}) {
            Routine r = planner.plan(request(minutes, Place.ANY, EnumSet.of(Prop.EXERCISE_BALL), Level.ADVANCED), s.history());
            List<String> ids = r.items().stream().map(RoutineItem::exerciseId).toList();
            if (ids.contains("ball-full-backbend") && ids.contains("ball-passive-backbend")) {
                assertThat(ids.indexOf("ball-passive-backbend")).as(minutes + " min: " + ids)
                        .isLessThan(ids.indexOf("ball-full-backbend"));
            }
        }
        Routine r = planner.plan(request(30, Place.ANY, EnumSet.of(Prop.EXERCISE_BALL), Level.ADVANCED), s.history());
        assertThat(r.items()).extracting(RoutineItem::exerciseId).contains("ball-passive-backbend", "ball-full-backbend");
    }

    @Test
    void theTowelBackbendComesBeforeTheBlocksOrFoamRollerOne() {
        List<String> deeper = List.of("passive-backbend-blocks", "passive-backbend-foam-roller");
        for (Set<Prop> props : List.of(EnumSet.of(Prop.TOWEL, Prop.YOGA_BLOCKS, Prop.FOAM_ROLLER), EnumSet.of(Prop.YOGA_BLOCKS),
                EnumSet.of(Prop.FOAM_ROLLER))) {
            Routine r = planner.plan(request(30, Place.FLOOR, props, Level.ADVANCED), History.EMPTY);
            assertThat(r.items()).as("planned with " + props).extracting(RoutineItem::exerciseId).doesNotContainAnyElementsOf(deeper);
            assertThat(r.items().stream().flatMap(i -> i.swaps().stream()).map(RoutineItem.SwapOption::exerciseId))
                    .as("offered as a swap with " + props).doesNotContainAnyElementsOf(deeper);
        }
        Sessions s = Sessions.start();
        for (int day = 0; day < 3; day++) {
            s.comfortable(day * 2, done("passive-backbend", 3));
        }
        Routine after = planner.plan(request(30, Place.FLOOR, EnumSet.of(Prop.YOGA_BLOCKS), Level.ADVANCED), s.history());
        assertThat(after.items()).extracting(RoutineItem::exerciseId).contains("passive-backbend-blocks");
    }

    @Test
    void shortRoutinesNeverCutCobraBelowThreeRounds() {
        for (int minutes = 2; minutes <= 12; minutes++) {
            Routine r = planner.plan(request(minutes, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
            item(r, "cobra").ifPresent(cobra -> assertThat(cobra.sets()).as("cobra rounds").isEqualTo(3));
        }
        Routine quick = planner.plan(request(2, Place.FLOOR, Set.of(), Level.BEGINNER), History.EMPTY);
        assertThat(item(quick, "cobra")).as("no room for 3 rounds: another exercise instead").isEmpty();
        assertThat(quick.items()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shortRoutinesNeverCutTheChairExtensionBelowThreeSets() {
        for (int minutes = 2; minutes <= 12; minutes++) {
            Routine r = planner.plan(request(minutes, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
            String asked = minutes + " min";
            item(r, "chair-thoracic-extension").ifPresent(e -> assertThat(e.sets()).as(asked).isEqualTo(3));
        }
        Routine quick = planner.plan(request(2, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER), History.EMPTY);
        assertThat(quick.items()).isNotEmpty();
    }

    @Test
    void theKeyCautionFollowsTheScreeningAnswersFirst() {
        PlanRequest plain = request(10, Place.FLOOR, Set.of(), Level.BEGINNER);
        String general = item(planner.plan(plain, History.EMPTY), "cat-cow").orElseThrow().keyCaution();
        assertThat(general).startsWith("Keep the movement gentle");
        for (Question bones : List.of(Question.OSTEOPOROSIS, Question.LONG_TERM_STEROIDS)) {
            PlanRequest fragile = new PlanRequest(10, Place.FLOOR, Set.of(), Level.BEGINNER, PainToday.NONE, Answers.yesTo(bones));
            assertThat(item(planner.plan(fragile, History.EMPTY), "cat-cow").orElseThrow().keyCaution())
                    .as(bones.id()).contains("keep the rounded (cat) shape small");
        }
        PlanRequest pregnant = new PlanRequest(10, Place.DESK, Set.of(Prop.CHAIR), Level.BEGINNER, PainToday.NONE,
                Answers.yesTo(Question.PREGNANT));
        planner.plan(pregnant, History.EMPTY).items().stream().filter(i -> i.exerciseId().equals("mountain-pose"))
                .forEach(i -> assertThat(i.keyCaution()).contains("pregnant"));
    }

    @Test
    void aSessionLoggedWithoutPainAfterNeitherCountsAsComfortableNorUnlocksHarderWork() {
        Sessions s = Sessions.start();
        for (int day = 0; day < 4; day++) {
            s.add(new SessionRecord(Sessions.MONDAY.plusDays(day * 2L),
                    List.of(done("band-row", 12), done("band-pull-down", 12)), 3, -1, false));
        }
        PlanRequest gym = request(30, Place.ANY, EnumSet.of(Prop.BAND, Prop.PULL_UP_BAR), Level.ADVANCED);
        Routine r = planner.plan(gym, s.history());
        assertThat(item(r, "pull-up")).as("not unlocked").isEmpty();
        RoutineItem row = item(r, "band-row").orElseThrow();
        assertThat(row.amount()).as("not grown").isEqualTo(12);
        assertThat(row.sets()).isEqualTo(1);
        assertThat(row.reason()).as("not a step back either").doesNotContain("easier than usual");
    }

    @Test
    void theStrengthBlockHasAStickAlternativeAtHome() {
        Routine stickOnly = planner.plan(request(20, Place.FLOOR, EnumSet.of(Prop.STICK), Level.BEGINNER), History.EMPTY);
        RoutineItem stick = item(stickOnly, "stick-pull-down").orElseThrow();
        assertThat(stick.reason()).contains("you own a stick");
        Routine both = planner.plan(request(10, Place.DESK, EnumSet.of(Prop.BAND, Prop.STICK), Level.BEGINNER), History.EMPTY);
        List<RoutineItem> strength = both.items().stream().filter(i -> ex(i).kind() == dev.midback.catalog.Kind.STRENGTH).toList();
        assertThat(strength).isNotEmpty().allSatisfy(i -> assertThat(i.swaps())
                .as(i.exerciseId() + " swaps").extracting(RoutineItem.SwapOption::exerciseId)
                .containsAnyOf("stick-pull-down", "band-row", "band-pull-down"));
    }
}
