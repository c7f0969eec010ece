package dev.midback.web.progress;

import java.util.List;

/**
 * The progress page at {@code /progress}: the change statement (its tone "better", "worse" or
 * "neutral"), which sessions the charts cover, then the charts with their tables; for an empty
 * journal only the statement is set, and {@code pain} is null when no session falls in the weeks
 * the charts cover.
 */
public record ProgressPage(String notice, boolean empty, String statement, String tone, String relief, String range,
                           int sessions, String coverage, int windowWeeks, PainChart pain, WeekChart weeks,
                           List<AmountChart> amounts, CalendarChart calendar, String pdfUrl) {
}
