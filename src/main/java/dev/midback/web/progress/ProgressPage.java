package dev.midback.web.progress;

import java.util.List;

/**
 * The progress page at {@code /progress}: the change statement (its tone "better", "worse" or
 * "neutral"), then the charts with their tables; for an empty journal only the statement is set.
 */
public record ProgressPage(String notice, boolean empty, String statement, String tone, String relief, String range,
                           int sessions, PainChart pain, WeekChart weeks, List<AmountChart> amounts, CalendarChart calendar,
                           String pdfUrl) {
}
