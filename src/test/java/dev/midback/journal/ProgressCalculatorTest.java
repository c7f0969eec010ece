package dev.midback.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.DosageUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Progress figures over hand-made journals: weeks, averages, the clinically important change, the calendar. */
class ProgressCalculatorTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();
    private static final ZoneId UTC = ZoneOffset.UTC;
    /** A Wednesday, in ISO week 48 of 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ProgressCalculator calculator = new ProgressCalculator(CATALOG);
    private final List<JournalEntry> entries = new ArrayList<>();

    @Test
    void sessionsAreCountedPerIsoWeekFromTheFirstWeekToTheCurrentOne() {
        session("2026-11-09T08:00", 5, 4);   // Monday, week 46
        session("2026-11-11T08:00", 5, 3);
        session("2026-11-15T21:00", 4, 3);   // Sunday, still week 46
        session("2026-11-23T08:00", 4, 2);   // Monday, week 48 (this week); week 47 had none

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.weeks()).extracting(ProgressReport.Week::monday, ProgressReport.Week::number,
                        ProgressReport.Week::sessions, ProgressReport.Week::metPlan, ProgressReport.Week::current)
                .containsExactly(
                        tuple(LocalDate.of(2026, 11, 9), 46, 3, true, false),
                        tuple(LocalDate.of(2026, 11, 16), 47, 0, false, false),
                        tuple(LocalDate.of(2026, 11, 23), 48, 1, false, true));
        assertThat(report.weeks()).allSatisfy(w -> assertThat(w.planned()).isEqualTo(3));
    }

    @Test
    void eachWeekCarriesWhatThePlanAskedForThatWeek() {
        session("2026-11-09T08:00", 5, 4);
        session("2026-11-23T08:00", 4, 2);

        ProgressReport report = calculator.report(entries, monday -> monday.getDayOfMonth() < 20 ? 3 : 4, TODAY, UTC);

        assertThat(report.weeks()).extracting(ProgressReport.Week::planned).containsExactly(3, 3, 4);
        assertThat(report.weeks()).extracting(ProgressReport.Week::metPlan).containsExactly(false, false, false);
        assertThat(report.plannedPerWeek()).as("this week's").isEqualTo(4);
    }

    @Test
    void aWeekRunsMondayToSundayAcrossTheNewYear() {
        session("2025-12-29T08:00", 5, 4);   // Monday of ISO week 1 of 2026
        session("2026-01-04T20:00", 5, 4);   // its Sunday
        session("2026-01-05T08:00", 5, 4);   // week 2

        ProgressReport report = calculator.report(entries, 3, LocalDate.of(2026, 1, 6), UTC);

        assertThat(report.weeks()).extracting(ProgressReport.Week::number, ProgressReport.Week::sessions)
                .containsExactly(tuple(1, 2), tuple(2, 1));
    }

    @Test
    void daysAndWeeksAreTheOnesOfThePersonsTimeZone() {
        session("2026-11-22T23:30", 5, 4);   // Sunday night in London, Monday morning in Tokyo

        ProgressReport london = calculator.report(entries, 3, TODAY, ZoneId.of("Europe/London"));
        ProgressReport tokyo = calculator.report(entries, 3, TODAY, ZoneId.of("Asia/Tokyo"));

        assertThat(london.weeks().get(0).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(tokyo.weeks().get(0).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(tokyo.sessions().get(0).time()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 30));
    }

    @Test
    void painBeforeAndAfterAreListedOldestFirstWithTheAverageReliefOverSessionsWithBoth() {
        session("2026-11-20T08:00", 4, 4);
        session("2026-11-18T08:00", 5, 3);
        entries.add(entry("2026-11-19T08:00", 6, null, false));

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.sessions()).extracting(ProgressReport.Session::before, ProgressReport.Session::after)
                .containsExactly(tuple(5, 3), tuple(6, null), tuple(4, 4));
        assertThat(report.sessions().get(1).change()).isEmpty();
        assertThat(report.averageRelief()).hasValue(1.0);
        assertThat(report.reliefStatement()).hasValueSatisfying(s -> assertThat(s).contains("1.0 points lower", "2 sessions"));
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aDropOfTwoPointsIsCalledClinicallyImportant() {
        session("2026-11-02T08:00", 7, 5);
        session("2026-11-04T08:00", 5, 4);   // first week averages 6
        session("2026-11-20T08:00", 4, 3);
        session("2026-11-22T08:00", 4, 3);   // latest week averages 4

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.trend()).hasValueSatisfying(t -> {
            assertThat(t.firstWeek()).isEqualTo(6.0);
            assertThat(t.lastWeek()).isEqualTo(4.0);
            assertThat(t.mattersClinically()).isTrue();
        });
        assertThat(report.changeStatement()).contains("6.0", "4.0", "down 2.0 points", "large enough to matter");
    }

    @Test
    void aDropOfThirtyPercentMattersEvenWhenItIsUnderTwoPoints() {
        session("2026-11-02T08:00", 3, 3);
        session("2026-11-20T08:00", 2, 2);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.trend().orElseThrow().mattersClinically()).isTrue();
        assertThat(report.changeStatement()).contains("down 1.0 points (33%)", "large enough to matter");
    }

    @Test
    void aSmallDropIsSaidToBeBelowTheMark() {
        session("2026-11-02T08:00", 5, 4);
        session("2026-11-20T08:00", 4, 4);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.trend().orElseThrow().mattersClinically()).isFalse();
        assertThat(report.changeStatement()).contains("down 1.0 points (20%)", "smaller than the 2 points or 30%")
                .doesNotContain("large enough to matter");
    }

    @Test
    void aRiseOfTwoPointsIsCalledOutWithAdviceToSeeAProfessional() {
        session("2026-11-02T08:00", 3, 3);
        session("2026-11-20T08:00", 5, 6);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.trend().orElseThrow().risesClinically()).isTrue();
        assertThat(report.changeStatement()).contains("up 2.0 points", "rise", "healthcare professional");
    }

    @Test
    void lessThanAWeekOfSessionsGivesNoVerdictYet() {
        session("2026-11-20T08:00", 6, 3);
        session("2026-11-23T08:00", 3, 2);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.trend()).isEmpty();
        assertThat(report.changeStatement()).contains("less than a week").doesNotContain("large enough to matter");
    }

    @Test
    void holdsPerExerciseFollowTheFinishedItemsWithAKnownAmount() {
        entries.add(entry("2026-11-02T08:00", 4, 3, false, item("cobra", true, 2), item("cat-cow", true, 5)));
        entries.add(entry("2026-11-04T08:00", 4, 3, false, item("cobra", true, 3), item("cat-cow", false, 6)));
        entries.add(entry("2026-11-06T08:00", 4, 3, false, item("cobra", true, 4), item("cat-cow", true, null)));

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.amounts()).extracting(ProgressReport.Amounts::exerciseId).containsExactly("cobra", "cat-cow");
        ProgressReport.Amounts cobra = report.amounts().get(0);
        assertThat(cobra.name()).isEqualTo("Cobra");
        assertThat(cobra.unit()).isEqualTo(DosageUnit.BREATHS);
        assertThat(cobra.points()).extracting(ProgressReport.Point::date, ProgressReport.Point::amount).containsExactly(
                tuple(LocalDate.of(2026, 11, 2), 2), tuple(LocalDate.of(2026, 11, 4), 3), tuple(LocalDate.of(2026, 11, 6), 4));
        assertThat(cobra.growth()).isEqualTo(2);
        assertThat(report.amounts().get(1).points()).extracting(ProgressReport.Point::amount).containsExactly(5);
    }

    @Test
    void theCalendarShowsSixWholeWeeksEndingThisWeekWithEachDayMarked() {
        session("2026-10-18T08:00", 5, 4);                       // the Sunday before the calendar starts
        session("2026-10-19T08:00", 5, 4);                       // its first day
        entries.add(entry("2026-11-10T08:00", 5, 4, false));
        entries.add(entry("2026-11-10T18:00", 5, 7, true));      // the same day, stopped for pain
        session("2026-11-24T08:00", 4, 3);                       // yesterday

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        List<ProgressReport.Day> days = report.calendar();
        assertThat(days).hasSize(42);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(days.get(41).date()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(mark(days, "2026-10-19")).isEqualTo(ProgressReport.Mark.DONE);
        assertThat(mark(days, "2026-10-20")).isEqualTo(ProgressReport.Mark.NONE);
        assertThat(mark(days, "2026-11-10")).isEqualTo(ProgressReport.Mark.STOPPED);
        assertThat(days.stream().filter(d -> d.date().equals(LocalDate.of(2026, 11, 10))).findFirst().orElseThrow().sessions()).isEqualTo(2);
        assertThat(mark(days, "2026-11-24")).isEqualTo(ProgressReport.Mark.DONE);
        assertThat(mark(days, "2026-11-25")).isEqualTo(ProgressReport.Mark.NONE);
        assertThat(mark(days, "2026-11-26")).isEqualTo(ProgressReport.Mark.AHEAD);
        assertThat(report.daysWithSessions()).isEqualTo(3);
        assertThat(report.daysStopped()).isEqualTo(1);
    }

    @Test
    void anEmptyJournalHasNoFiguresAndSaysSo() {
        ProgressReport report = calculator.report(List.of(), 3, TODAY, UTC);

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.weeks()).isEmpty();
        assertThat(report.amounts()).isEmpty();
        assertThat(report.reliefStatement()).isEmpty();
        assertThat(report.daysWithSessions()).isZero();
        assertThat(report.changeStatement()).contains("No sessions yet");
    }

    @Test
    void theChartsCoverTheLastTwelveWeeksWhileTheTotalsAndTheTrendCoverEverySession() {
        session("2025-03-03T08:00", 8, 7);                       // a first week long ago
        session("2025-03-05T08:00", 8, 7);
        session("2026-09-06T08:00", 6, 5);                       // the Sunday before the window
        session("2026-09-07T08:00", 5, 4);                       // the Monday it starts
        session("2026-11-24T08:00", 4, 3);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.since()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(report.span().sessions()).isEqualTo(5);
        assertThat(report.from()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(report.averageRelief()).hasValue(1.0);
        assertThat(report.sessions()).extracting(ProgressReport.Session::date)
                .containsExactly(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 24));
        assertThat(report.weeks()).hasSize(12);
        assertThat(report.weeks().get(0).monday()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(report.weeks().get(0).sessions()).isEqualTo(1);
        assertThat(report.trend()).hasValueSatisfying(t -> {
            assertThat(t.firstWeek()).isEqualTo(8.0);
            assertThat(t.lastWeek()).isEqualTo(4.0);
        });
        assertThat(report.coverage()).contains("the last 12 weeks (from 7 Sep 2026): 2 of your 5 sessions");
    }

    @Test
    void atMostTwoHundredSessionsAreChartedTheLatestOnesWhileEveryWeekCountsThemAll() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 6, 0);
        for (int i = 0; i < 250; i++) {
            session(start.plusMinutes(90L * i).toString(), 5, 4);
        }

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.sessions()).hasSize(ProgressReport.MOST_SESSIONS);
        assertThat(report.sessions().get(199).time()).isEqualTo(start.plusMinutes(90L * 249));
        assertThat(report.sessions().get(0).time()).isEqualTo(start.plusMinutes(90L * 50));
        assertThat(report.inWindow()).isEqualTo(250);
        assertThat(report.weeks()).extracting(ProgressReport.Week::sessions).containsExactly(108, 112, 30, 0);
        assertThat(report.coverage()).contains("the latest 200 of the 250 sessions in the last 12 weeks");
    }

    @Test
    void aWildDateAddsNoWeeksAndNoSessions() {
        session("2026-11-20T08:00", 5, 4);
        entries.add(new JournalEntry("year-one", Instant.parse("0001-01-01T00:00:00Z"), null, List.of(), 9, 9, null, "", true));
        entries.add(new JournalEntry("far-ahead", Instant.parse("+1000000000-12-31T23:59:59Z"), null, List.of(), 9, 9, null, "", true));
        entries.add(new JournalEntry("year-9999", Instant.parse("9999-12-31T23:59:59Z"), null, List.of(), 9, 9, null, "", true));

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.span().sessions()).isEqualTo(1);
        assertThat(report.weeks()).extracting(ProgressReport.Week::monday)
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(report.sessions()).hasSize(1);
        assertThat(report.daysStopped()).isZero();
        assertThat(report.coverage()).contains("every session");
    }

    @Test
    void aJournalWithNothingRecentStillHasItsTotalsAndEmptyWeeks() {
        session("2025-01-06T08:00", 6, 5);
        session("2025-01-20T08:00", 4, 3);

        ProgressReport report = calculator.report(entries, 3, TODAY, UTC);

        assertThat(report.isEmpty()).isFalse();
        assertThat(report.sessions()).isEmpty();
        assertThat(report.amounts()).isEmpty();
        assertThat(report.weeks()).hasSize(12).allSatisfy(w -> assertThat(w.sessions()).isZero());
        assertThat(report.changeStatement()).contains("6.0 in your first week and 4.0 in your latest week");
    }

    private static ProgressReport.Mark mark(List<ProgressReport.Day> days, String date) {
        return days.stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow().mark();
    }

    private void session(String at, int before, int after) {
        entries.add(entry(at, before, after, false));
    }

    private static JournalEntry entry(String at, int before, Integer after, boolean stopped, JournalEntry.Item... items) {
        return new JournalEntry(UUID.randomUUID().toString(), LocalDateTime.parse(at).toInstant(ZoneOffset.UTC), null,
                Arrays.asList(items), before, after, null, "", stopped);
    }

    private static JournalEntry.Item item(String id, boolean done, Integer amount) {
        return new JournalEntry.Item(id, done, amount);
    }
}
