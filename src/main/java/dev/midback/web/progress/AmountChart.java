package dev.midback.web.progress;

import dev.midback.journal.ProgressReport;
import dev.midback.web.view.DateText;
import dev.midback.web.view.UnitText;
import java.time.LocalDate;
import java.util.List;

/**
 * One exercise's amount per set, session by session, as a small chart: every exercise's chart
 * shares the same dates along the bottom so they can be compared side by side.
 */
public record AmountChart(String id, String name, String unit, String summary, int width, int height, Chart.Box plot,
                          List<Chart.Tick> yTicks, List<Chart.Tick> xTicks, String line, List<Chart.Dot> dots, List<Row> rows) {

    /** Narrower than the other charts, so two fit side by side. */
    static final int SMALL_WIDTH = 320;

    /** One session in the data table. */
    public record Row(String date, int amount) {
    }

    static AmountChart of(ProgressReport.Amounts amounts, LocalDate from, LocalDate to) {
        Chart.Box plot = new Chart.Box(38, 14, SMALL_WIDTH - 12, 132);
        TimeAxis axis = new TimeAxis(from, to, plot.left() + 6, plot.right() - 6);
        int most = amounts.points().stream().mapToInt(ProgressReport.Point::amount).max().orElse(1);
        int top = Chart.niceTop(most);
        List<Chart.Tick> yTicks = Chart.steps(top).stream()
                .map(v -> new Chart.Tick(Chart.scale(v, 0, top, plot.bottom(), plot.top()), v.toString())).toList();
        String unit = UnitText.plural(amounts.unit());
        List<Chart.Dot> dots = amounts.points().stream()
                .map(p -> new Chart.Dot(axis.at(p.date()), Chart.scale(p.amount(), 0, top, plot.bottom(), plot.top()),
                        DateText.date(p.date()) + ": " + UnitText.amount(amounts.unit(), p.amount())))
                .toList();
        List<Row> rows = amounts.points().stream().map(p -> new Row(DateText.date(p.date()), p.amount())).toList();
        List<Chart.Tick> xTicks = axis.ticks(2);
        return new AmountChart(amounts.exerciseId(), amounts.name(), unit, summary(amounts), SMALL_WIDTH, 160, plot, yTicks,
                xTicks, Chart.polyline(dots), dots, rows);
    }

    private static String summary(ProgressReport.Amounts a) {
        int n = a.points().size();
        String head = a.name() + ", " + UnitText.plural(a.unit()) + " per set over " + (n == 1 ? "1 session" : n + " sessions") + ": ";
        if (n == 1) {
            return head + UnitText.amount(a.unit(), a.first().amount()) + ".";
        }
        String trend = a.growth() > 0 ? "up " + a.growth() : a.growth() < 0 ? "down " + -a.growth() : "no change";
        return head + "from " + a.first().amount() + " to " + a.latest().amount() + " (" + trend + ").";
    }
}
