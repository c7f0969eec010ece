package dev.midback.web.progress;

import dev.midback.web.view.DateText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A date axis across a chart: whole days from the first to the last, each point placed at its time of day. */
record TimeAxis(LocalDate from, LocalDate to, double start, double end) {

    /** Where a moment falls. */
    double at(LocalDateTime time) {
        return Chart.scale(seconds(time), seconds(from.atStartOfDay()), seconds(to.plusDays(1).atStartOfDay()), start, end);
    }

    /** Where a day falls: its middle. */
    double at(LocalDate date) {
        return at(date.atTime(12, 0));
    }

    /**
     * Up to {@code most} dates spread evenly from the first day to the last, labelled "3 Nov"; the
     * first label starts at its day and the last ends at its day, so neither runs off the chart.
     */
    List<Chart.Tick> ticks(int most) {
        long days = ChronoUnit.DAYS.between(from, to);
        List<Chart.Tick> ticks = new ArrayList<>();
        if (days == 0) {
            ticks.add(new Chart.Tick(at(from), DateText.dayMonth(from)));
            return ticks;
        }
        long parts = Math.min(days, most - 1L);
        LocalDate previous = null;
        for (long k = 0; k <= parts; k++) {
            LocalDate date = from.plusDays(Math.round((double) k * days / parts));
            if (!date.equals(previous)) {
                ticks.add(new Chart.Tick(at(date), DateText.dayMonth(date), k == 0 ? "start" : k == parts ? "end" : "middle"));
            }
            previous = date;
        }
        return ticks;
    }

    private static double seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
