package dev.midback.plan;

import static dev.midback.plan.Sessions.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which days of a week to do a routine on, and the desk breaks. */
class WeeklyScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);
    private static WeeklySchedule schedule;

    @BeforeAll
    static void load() {
        schedule = new WeeklySchedule(new CatalogLoader().loadBundled());
    }

    private static Fit fit(Set<Prop> props, Answers answers) {
        var clearance = new SafetyScreen().screen(answers, PainToday.NONE);
        return new Fit(clearance, Place.DESK, props, Level.BEGINNER);
    }

    private static History comfortableWeeks(int weeks) {
        Sessions s = Sessions.start();
        for (int week = 0; week < weeks; week++) {
            for (int day : new int[] {0, 2, 4}) {
                s.comfortable(week * 7 + day, done("cat-cow", 5));
            }
        }
        return s.history();
    }

    @Test
    void aNewcomerGetsMondayWednesdayAndFriday() {
        Week week = schedule.plan(MONDAY, History.EMPTY, fit(Set.of(), Answers.NONE), false);
        assertThat(week.sessionsPerWeek()).isEqualTo(3);
        assertThat(week.sessionDays()).extracting(LocalDate::getDayOfWeek)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(week.deskBreaks()).isEmpty();
    }

    @Test
    void theDaysFollowTheWeeksStartAndStayInsideIt() {
        LocalDate thursday = MONDAY.plusDays(3);
        Week week = schedule.plan(thursday, comfortableWeeks(2), fit(Set.of(), Answers.NONE), false);
        assertThat(week.sessionsPerWeek()).isEqualTo(5);
        assertThat(week.sessionDays()).first().isEqualTo(thursday);
        assertThat(week.sessionDays()).allSatisfy(d -> assertThat(d).isBetween(thursday, thursday.plusDays(6)));
        assertThat(week.sessionDays()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void upToFourSessionsNeverFallOnTwoDaysInARow() {
        for (int weeks = 0; weeks <= 1; weeks++) {
            Week week = schedule.plan(MONDAY, comfortableWeeks(weeks), fit(Set.of(), Answers.NONE), false);
            assertThat(week.sessionDays()).hasSize(3 + weeks);
            for (int i = 1; i < week.sessionDays().size(); i++) {
                assertThat(ChronoUnit.DAYS.between(week.sessionDays().get(i - 1), week.sessionDays().get(i))).isGreaterThan(1);
            }
        }
    }

    @Test
    void afterFourComfortableWeeksEveryDay() {
        Week week = schedule.plan(MONDAY, comfortableWeeks(4), fit(Set.of(), Answers.NONE), false);
        assertThat(week.sessionDays()).hasSize(7);
    }

    @Test
    void aPainStopBringsItDownToTwoSpreadDays() {
        History h = Sessions.start().comfortable(0, done("cat-cow", 5)).painStop(2, done("cat-cow", 5)).history();
        Week week = schedule.plan(MONDAY, h, fit(Set.of(), Answers.NONE), false);
        assertThat(week.sessionDays()).extracting(LocalDate::getDayOfWeek).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void aStopVerdictPlansNoSessionsNorBreaks() {
        Week week = schedule.plan(MONDAY, History.EMPTY, fit(Set.of(Prop.EXERCISE_BALL), Answers.yesTo(Question.NIGHT_PAIN)), true);
        assertThat(week.sessionDays()).isEmpty();
        assertThat(week.deskBreaks()).isEmpty();
    }

    @Test
    void deskBreaksCheckPostureAndWithABallSitStretchAndStand() {
        Week noBall = schedule.plan(MONDAY, History.EMPTY, fit(Set.of(Prop.CHAIR), Answers.NONE), true);
        assertThat(noBall.deskBreaks()).extracting(DeskBreak::exerciseId).containsExactly("mountain-pose");
        assertThat(noBall.deskBreaks().get(0).text()).contains("ears over shoulders over hips");
        Week ball = schedule.plan(MONDAY, History.EMPTY, fit(EnumSet.of(Prop.EXERCISE_BALL), Answers.NONE), true);
        assertThat(ball.deskBreaks()).extracting(DeskBreak::exerciseId).containsExactly("mountain-pose", "ball-passive-backbend");
        assertThat(ball.deskBreaks().get(1).text()).contains("about 20 minutes", "lean back over it", "standing");
    }

    @Test
    void theWeekOfAPlannedRoutineFollowsItsScreeningAndPlace() {
        var catalog = new CatalogLoader().loadBundled();
        RoutinePlanner planner = new RoutinePlanner(catalog, new SafetyScreen());
        PlanRequest desk = new PlanRequest(10, Place.DESK, Set.of(Prop.EXERCISE_BALL), Level.BEGINNER, PainToday.NONE, Answers.NONE);
        Week atDesk = schedule.plan(MONDAY, History.EMPTY, desk, planner.plan(desk, History.EMPTY));
        assertThat(atDesk.sessionsPerWeek()).isEqualTo(3);
        assertThat(atDesk.deskBreaks()).extracting(DeskBreak::exerciseId).containsExactly("mountain-pose", "ball-passive-backbend");

        PlanRequest floor = new PlanRequest(10, Place.FLOOR, Set.of(Prop.EXERCISE_BALL), Level.BEGINNER, PainToday.NONE, Answers.NONE);
        assertThat(schedule.plan(MONDAY, History.EMPTY, floor, planner.plan(floor, History.EMPTY)).deskBreaks())
                .as("no desk breaks for a routine on the floor").isEmpty();

        PlanRequest pregnant = new PlanRequest(10, Place.DESK, Set.of(Prop.EXERCISE_BALL), Level.BEGINNER, PainToday.NONE,
                Answers.yesTo(Question.PREGNANT));
        assertThat(schedule.plan(MONDAY, History.EMPTY, pregnant, planner.plan(pregnant, History.EMPTY)).deskBreaks())
                .as("the routine's screening leaves out lying back over the ball").extracting(DeskBreak::exerciseId)
                .containsExactly("mountain-pose");
    }
}
