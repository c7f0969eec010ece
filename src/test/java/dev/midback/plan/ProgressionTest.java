package dev.midback.plan;

import static dev.midback.plan.Sessions.done;
import static dev.midback.plan.Sessions.unfinished;
import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Prop;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holds that grow, caps, steps back after pain, unlocking, and the weekly frequency, from hand-made histories. */
class ProgressionTest {

    private static final Set<Prop> EVERYTHING = EnumSet.allOf(Prop.class);
    private static Catalog catalog;
    private static Progression progression;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        progression = new Progression(catalog);
    }

    private static Exercise ex(String id) {
        return catalog.require(id);
    }

    @Test
    void aNewcomerStartsAtTheDefault() {
        Dose dose = progression.doseFor(ex("thread-the-needle"), History.EMPTY);
        assertThat(dose.amount()).isEqualTo(20);
        assertThat(dose.sets()).isEqualTo(1);
        assertThat(dose.change()).isEqualTo(Dose.Change.FIRST_TIME);
    }

    @ParameterizedTest
    @CsvSource({
            // exercise,            done at, next after two comfortable sessions
            "thread-the-needle,      20, 25",
            "cat-cow,                5,  6",
            "cross-legged-twist,     4,  5",
            "passive-backbend,       3,  4",
            "foam-roller-upper-back, 4,  5"})
    void twoComfortableSessionsInARowAddOneStep(String id, int was, int next) {
        History one = Sessions.start().comfortable(0, done(id, was)).history();
        History two = Sessions.start().comfortable(0, done(id, was)).comfortable(2, done(id, was)).history();
        assertThat(progression.doseFor(ex(id), one).amount()).as("after one session").isEqualTo(was);
        Dose grown = progression.doseFor(ex(id), two);
        assertThat(grown.amount()).as("after two").isEqualTo(next);
        assertThat(grown.change()).isEqualTo(Dose.Change.LONGER);
        assertThat(grown.lastAmount()).isEqualTo(was);
    }

    @Test
    void holdsGrowGraduallyAStepEveryTwoComfortableSessions() {
        Sessions s = Sessions.start();
        int[] done = {20, 20, 25, 25, 30};
        int[] next = {20, 25, 25, 30, 30};
        for (int i = 0; i < done.length; i++) {
            s.comfortable(i * 2, done("thread-the-needle", done[i]));
            assertThat(progression.doseFor(ex("thread-the-needle"), s.history()).amount()).as("after session " + (i + 1))
                    .isEqualTo(next[i]);
        }
    }

    @Test
    void aSessionInBetweenThatHurtBreaksTheRun() {
        History h = Sessions.start()
                .comfortable(0, done("thread-the-needle", 20))
                .painRose(2, done("thread-the-needle", 20))
                .comfortable(4, done("thread-the-needle", 20))
                .history();
        assertThat(progression.doseFor(ex("thread-the-needle"), h).amount()).isEqualTo(20);
    }

    @Test
    void passiveBackbendsNeverGrowPastFiveMinutes() {
        History h = Sessions.start().comfortable(0, done("passive-backbend", 5)).comfortable(2, done("passive-backbend", 5))
                .comfortable(4, done("passive-backbend", 5)).comfortable(6, done("passive-backbend", 5)).history();
        Dose dose = progression.doseFor(ex("passive-backbend"), h);
        assertThat(dose.amount()).isEqualTo(5);
        assertThat(dose.sets()).isEqualTo(1);
    }

    @Test
    void atTheTopOfTheRangeASetIsAddedUpToTheMost() {
        Sessions s = Sessions.start();
        int[] sets = {1, 2, 2, 3, 3, 3};
        for (int i = 0; i < sets.length; i++) {
            s.comfortable(i * 2, done("band-row", 15));
            Dose dose = progression.doseFor(ex("band-row"), s.history());
            assertThat(dose.amount()).as("reps after session " + (i + 1)).isEqualTo(15);
            assertThat(dose.sets()).as("sets after session " + (i + 1)).isEqualTo(sets[i]);
        }
        assertThat(progression.doseFor(ex("band-row"), s.history()).change()).isEqualTo(Dose.Change.SAME);
    }

    @Test
    void aPainStopStepsBackToThePreviousStep() {
        History h = Sessions.start().comfortable(0, done("thread-the-needle", 25)).comfortable(2, done("thread-the-needle", 25))
                .painStop(4, done("thread-the-needle", 25)).history();
        Dose dose = progression.doseFor(ex("thread-the-needle"), h);
        assertThat(progression.setback(h)).isEqualTo(Setback.PAIN_STOP);
        assertThat(dose.amount()).isEqualTo(20);
        assertThat(dose.change()).isEqualTo(Dose.Change.SHORTER);
    }

    @Test
    void painRisingTwoOrMoreStepsBackToTheRangeMinimumAtMost() {
        History h = Sessions.start().painRose(0, done("thread-the-needle", 15), done("cat-cow", 8)).history();
        assertThat(progression.setback(h)).isEqualTo(Setback.PAIN_ROSE);
        assertThat(progression.doseFor(ex("thread-the-needle"), h).amount()).as("already at the minimum").isEqualTo(15);
        assertThat(progression.doseFor(ex("cat-cow"), h).amount()).isEqualTo(7);
        assertThat(progression.doseFor(ex("band-row"), h).change()).as("even for one not done yet").isEqualTo(Dose.Change.SHORTER);
    }

    @Test
    void painRisingByOneIsNotASetback() {
        History h = Sessions.start()
                .add(new SessionRecord(Sessions.MONDAY, java.util.List.of(done("cat-cow", 5)), 3, 4, false)).history();
        assertThat(progression.setback(h)).isEqualTo(Setback.NONE);
    }

    @Test
    void anExtraSetIsDroppedWhenSteppingBack() {
        Sessions s = Sessions.start();
        for (int i = 0; i < 4; i++) {
            s.comfortable(i * 2, done("band-row", 15));
        }
        s.painStop(10, done("band-row", 15));
        Dose dose = progression.doseFor(ex("band-row"), s.history());
        assertThat(dose.amount()).isEqualTo(14);
        assertThat(dose.sets()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "active-prone-extension,        prone-neck-turn-series",
            "passive-backbend-foam-roller,  passive-backbend",
            "pull-up,                       band-row",
            "ball-full-backbend,            ball-passive-backbend"})
    void theEasierVariantComesFirst(String id, String easier) {
        assertThat(progression.easierThan(ex(id), e -> true)).map(Exercise::id).contains(easier);
    }

    @Test
    void withoutAnEasierVariantAGentlerExerciseOfTheSameMovementIsFound() {
        Exercise bridge = ex("bridge");
        Exercise gentler = progression.easierThan(bridge, e -> !e.id().equals("passive-backbend")).orElseThrow();
        assertThat(gentler.movements()).contains(bridge.movements().get(0));
        assertThat(Progression.hardness(gentler)).isLessThan(Progression.hardness(bridge));
        assertThat(progression.easierThan(ex("cat-cow"), e -> true)).as("nothing gentler than cat-cow").isEmpty();
    }

    @Test
    void harderExercisesUnlockAfterThreeComfortableSessionsOfTheEasierOne() {
        Exercise active = ex("active-prone-extension");
        Sessions s = Sessions.start();
        assertThat(progression.isUnlocked(active, s.history(), EVERYTHING)).isFalse();
        s.comfortable(0, done("prone-neck-turn-series", 3)).comfortable(2, done("prone-neck-turn-series", 3));
        s.painRose(4, done("prone-neck-turn-series", 3)).comfortable(5, unfinished("prone-neck-turn-series", 3));
        assertThat(progression.isUnlocked(active, s.history(), EVERYTHING)).as("a painful and an unfinished one do not count").isFalse();
        s.comfortable(6, done("prone-neck-turn-series", 3));
        assertThat(progression.isUnlocked(active, s.history(), EVERYTHING)).isTrue();
        assertThat(progression.isUnlocked(ex("cobra"), s.history(), EVERYTHING)).as("cobra too").isTrue();
    }

    @Test
    void pullUpsNeedBothBandExercisesThreeTimesEach() {
        Sessions s = Sessions.start();
        for (int i = 0; i < 3; i++) {
            s.comfortable(i * 2, done("band-row", 12));
        }
        assertThat(progression.isUnlocked(ex("pull-up"), s.history(), EVERYTHING)).isFalse();
        for (int i = 0; i < 3; i++) {
            s.comfortable(10 + i * 2, done("band-pull-down", 12));
        }
        assertThat(progression.isUnlocked(ex("pull-up"), s.history(), EVERYTHING)).isTrue();
    }

    @Test
    void theDeeperPassiveBackbendsWaitForTheTowelVersionWhateverPropsAreOwned() {
        Set<Prop> rollerOnly = EnumSet.of(Prop.FOAM_ROLLER);
        Set<Prop> blocksOnly = EnumSet.of(Prop.YOGA_BLOCKS);
        assertThat(progression.isUnlocked(ex("passive-backbend-foam-roller"), History.EMPTY, rollerOnly)).isFalse();
        assertThat(progression.isUnlocked(ex("passive-backbend-blocks"), History.EMPTY, blocksOnly)).isFalse();
        Sessions s = Sessions.start();
        for (int i = 0; i < 3; i++) {
            s.comfortable(i * 2, done("passive-backbend", 3));
        }
        assertThat(progression.isUnlocked(ex("passive-backbend-foam-roller"), s.history(), rollerOnly)).isTrue();
        assertThat(progression.isUnlocked(ex("passive-backbend-blocks"), s.history(), blocksOnly)).isTrue();
    }

    @Test
    void theWheelIsNeverUnlocked() {
        Sessions s = Sessions.start();
        for (int i = 0; i < 5; i++) {
            s.comfortable(i, done("bridge", 7), done("ball-full-backbend", 5));
        }
        assertThat(progression.isUnlocked(ex("wheel"), s.history(), EVERYTHING)).isFalse();
    }

    @Test
    void twoPainStopsWithinFourteenDaysAdviseAProfessional() {
        History close = Sessions.start().painStop(0, done("cat-cow", 5)).comfortable(5, done("cat-cow", 5))
                .painStop(13, done("cat-cow", 5)).history();
        History apart = Sessions.start().painStop(0, done("cat-cow", 5)).painStop(14, done("cat-cow", 5)).history();
        History one = Sessions.start().painStop(0, done("cat-cow", 5)).history();
        assertThat(progression.advisesProfessional(close)).isTrue();
        assertThat(progression.advisesProfessional(apart)).isFalse();
        assertThat(progression.advisesProfessional(one)).isFalse();
    }

    @Test
    void frequencyStartsAtThreeAndGrowsAWeekAtATimeToDaily() {
        assertThat(progression.sessionsPerWeek(History.EMPTY)).isEqualTo(3);
        Sessions s = Sessions.start();
        int[] expected = {4, 5, 6, 7, 7};
        for (int week = 0; week < expected.length; week++) {
            for (int day : new int[] {0, 2, 4}) {
                s.comfortable(week * 7 + day, done("cat-cow", 5));
            }
            assertThat(progression.sessionsPerWeek(s.history())).as("after week " + (week + 1)).isEqualTo(expected[week]);
        }
    }

    @Test
    void frequencyDropsAfterAPainStopAndStaysLowWhileWeeksAreNotComfortable() {
        Sessions s = Sessions.start();
        for (int week = 0; week < 3; week++) {
            for (int day : new int[] {0, 2, 4}) {
                s.comfortable(week * 7 + day, done("cat-cow", 5));
            }
        }
        assertThat(progression.sessionsPerWeek(s.history())).isEqualTo(6);
        s.painStop(22, done("cat-cow", 5));
        assertThat(progression.sessionsPerWeek(s.history())).as("after a pain stop").isEqualTo(2);
        s.comfortable(29, done("cat-cow", 5)).comfortable(30, done("cat-cow", 5));
        assertThat(progression.sessionsPerWeek(s.history())).as("a week later, two sessions only").isEqualTo(3);
        s.painRose(31, done("cat-cow", 5));
        assertThat(progression.sessionsPerWeek(s.history())).as("pain rose this week").isEqualTo(3);
    }
}
