package dev.midback.web.progress;

import dev.midback.journal.ProgressReport;
import dev.midback.web.view.DateText;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions in each ISO week as bars, the number the plan asked for as a dashed line across (a step
 * where the plan changed from one week to the next), and the table rows.
 */
public record WeekChart(String summary, int width, int height, Chart.Box plot, List<Chart.Tick> yTicks, List<Bar> bars,
                        String planLine, double planY, String planText, List<Row> rows) {

    /** One week's bar; {@code label} is empty where there is no room for it. */
    public record Bar(double x, double y, double width, double height, double middle, String count, String label, boolean current) {
    }

    /** One week in the data table. */
    public record Row(String week, int sessions, int stoppedForPain, int planned, String met) {
    }

    /** At most this many week labels along the bottom. */
    private static final int LABELS = 7;

    static WeekChart of(ProgressReport report) {
        List<ProgressReport.Week> weeks = report.weeks();
        Chart.Box plot = new Chart.Box(34, 26, Chart.WIDTH - 12, 196);
        int most = weeks.stream().mapToInt(ProgressReport.Week::sessions).max().orElse(0);
        int top = Math.max(1, Math.max(most, weeks.stream().mapToInt(ProgressReport.Week::planned).max().orElse(0)));
        List<Chart.Tick> yTicks = Chart.steps(top).stream().map(v -> new Chart.Tick(y(v, top, plot), v.toString())).toList();
        double slot = plot.width() / weeks.size();
        double barWidth = Chart.round(Math.min(48, slot * 0.64));
        int every = (int) Math.ceil(weeks.size() / (double) LABELS);
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Chart.Dot> plan = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            ProgressReport.Week w = weeks.get(i);
            double middle = Chart.round(plot.left() + slot * (i + 0.5));
            double y = y(w.sessions(), top, plot);
            double planned = y(w.planned(), top, plot);
            plan.add(new Chart.Dot(Chart.round(plot.left() + slot * i), planned, ""));
            plan.add(new Chart.Dot(Chart.round(plot.left() + slot * (i + 1)), planned, ""));
            boolean labelled = (weeks.size() - 1 - i) % every == 0;
            bars.add(new Bar(Chart.round(middle - barWidth / 2), y, barWidth, Chart.round(plot.bottom() - y), middle,
                    Integer.toString(w.sessions()), labelled ? DateText.dayMonth(w.monday()) : "", w.current()));
            rows.add(new Row(weekName(w), w.sessions(), w.stoppedForPain(), w.planned(),
                    w.metPlan() ? "yes" : w.current() ? "not yet" : "no"));
        }
        ProgressReport.Week last = weeks.get(weeks.size() - 1);
        return new WeekChart(summary(report), Chart.WIDTH, 240, plot, yTicks, bars, Chart.polyline(plan), y(last.planned(), top, plot),
                "plan: " + last.planned() + " a week", rows);
    }

    /** "16 Nov 2026, week 47", with "(so far)" for the current one. */
    static String weekName(ProgressReport.Week w) {
        return DateText.date(w.monday()) + ", week " + w.number() + (w.current() ? " (so far)" : "");
    }

    private static double y(int sessions, int top, Chart.Box plot) {
        return Chart.scale(sessions, 0, top, plot.bottom(), plot.top());
    }

    private static String summary(ProgressReport report) {
        List<ProgressReport.Week> weeks = report.weeks();
        List<ProgressReport.Week> past = weeks.stream().filter(w -> !w.current()).toList();
        long met = past.stream().filter(ProgressReport.Week::metPlan).count();
        StringBuilder text = new StringBuilder("Sessions in each of " + weeks.size() + (weeks.size() == 1 ? " week" : " weeks")
                + ", against the number the plan asked for that week; it asks for " + report.plannedPerWeek() + " this week.");
        if (!past.isEmpty()) {
            text.append(' ').append(met).append(" of ").append(past.size()).append(" finished ")
                    .append(past.size() == 1 ? "week" : "weeks").append(" met the plan.");
        }
        weeks.stream().filter(ProgressReport.Week::current).findFirst()
                .ifPresent(w -> text.append(" This week so far: ").append(w.sessions()).append('.'));
        return text.toString();
    }
}
