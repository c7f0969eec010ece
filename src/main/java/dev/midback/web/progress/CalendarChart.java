package dev.midback.web.progress;

import dev.midback.journal.ProgressCalculator;
import dev.midback.journal.ProgressReport;
import dev.midback.web.view.DateText;
import java.util.ArrayList;
import java.util.List;

/**
 * The last weeks as a calendar, Monday first: a square per day with a symbol (✓ a session, ! a
 * session stopped for pain, nothing for no session), and the same as a table of weeks and days.
 */
public record CalendarChart(String summary, int width, int height, List<Chart.Tick> days, List<Week> weeks) {

    static final List<String> DAY_NAMES = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final int LEFT = 60;
    private static final int TOP = 24;
    private static final int CELL = 40;
    private static final int STEP = 46;

    /** One row of the calendar. */
    public record Week(String label, double y, double labelY, List<Cell> cells) {
    }

    /**
     * One day: where its square is, its CSS class, its symbol, its day of the month, the word the
     * table gives it ("done", "stopped", "none", "to come"), what it says in full with its date,
     * and whether it is today.
     */
    public record Cell(double x, double y, int size, String kind, String symbol, int day, String word, String text,
                       boolean today) {

        public double middleX() {
            return x + size / 2.0;
        }

        public double symbolY() {
            return y + size * 0.72;
        }

        /** The symbol in the table, where a day without a session shows a dash. */
        public String tableSymbol() {
            return "none".equals(kind) ? "–" : symbol;
        }
    }

    static CalendarChart of(ProgressReport report) {
        List<ProgressReport.Day> calendar = report.calendar();
        List<Chart.Tick> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(new Chart.Tick(LEFT + d * STEP + CELL / 2.0, DAY_NAMES.get(d)));
        }
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < calendar.size() / 7; w++) {
            List<Cell> cells = new ArrayList<>();
            double y = TOP + w * STEP;
            for (int d = 0; d < 7; d++) {
                ProgressReport.Day day = calendar.get(w * 7 + d);
                boolean today = day.date().equals(report.today());
                cells.add(new Cell(LEFT + d * STEP, y, CELL, kind(day.mark()), symbol(day.mark()), day.date().getDayOfMonth(),
                        word(day), DateText.date(day.date()) + (today ? " (today)" : "") + ": " + words(day), today));
            }
            weeks.add(new Week(DateText.dayMonth(calendar.get(w * 7).date()), y, y + CELL * 0.62, cells));
        }
        return new CalendarChart(summary(report), LEFT + 6 * STEP + CELL + 4, TOP + (weeks.size() - 1) * STEP + CELL + 4, days, weeks);
    }

    static String symbol(ProgressReport.Mark mark) {
        return switch (mark) {
            case DONE -> "✓";
            case STOPPED -> "!";
            case NONE, AHEAD -> "";
        };
    }

    private static String kind(ProgressReport.Mark mark) {
        return mark.name().toLowerCase();
    }

    /** What a day says in the table: "done", "stopped" (for pain), "none", "to come"; "×2" for two sessions. */
    private static String word(ProgressReport.Day day) {
        String times = day.sessions() > 1 ? " ×" + day.sessions() : "";
        return switch (day.mark()) {
            case DONE -> "done" + times;
            case STOPPED -> "stopped" + times;
            case NONE -> "none";
            case AHEAD -> "to come";
        };
    }

    /** What a day says in full: "a session", "2 sessions, one stopped for pain", "no session", "still to come". */
    private static String words(ProgressReport.Day day) {
        return switch (day.mark()) {
            case DONE -> day.sessions() == 1 ? "a session" : day.sessions() + " sessions";
            case STOPPED -> (day.sessions() == 1 ? "a session" : day.sessions() + " sessions") + ", stopped for pain";
            case NONE -> "no session";
            case AHEAD -> "still to come";
        };
    }

    private static String summary(ProgressReport report) {
        List<ProgressReport.Day> calendar = report.calendar();
        String text = "The last " + ProgressCalculator.CALENDAR_WEEKS + " weeks, "
                + DateText.range(calendar.get(0).date(), calendar.get(calendar.size() - 1).date()) + ": a session on "
                + days(report.daysWithSessions());
        return text + (report.daysStopped() == 0 ? "." : ", " + report.daysStopped() + " of them stopped for pain.");
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
