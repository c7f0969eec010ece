package dev.midback.web;

import java.util.List;

/** A planned routine at {@code /routine}: the verdict, advice, and each item with its reason and swaps. */
public record RoutinePage(String notice, String verdict, boolean stopped, boolean urgent, List<String> advice,
                          String total, List<Item> items, String command, String planAgainUrl,
                          String weekDays, List<Break> deskBreaks, List<Hidden> startFields) {

    /** A hidden field of the start form, which carries the plan's answers. */
    public record Hidden(String name, String value) {
    }

    /** A short break to take at a desk. */
    public record Break(String name, String when, String text) {
    }

    /** One exercise of the routine. */
    public record Item(int number, String name, String url, String figureUrl, String phase, String dose, String time,
                       String reason, List<ExercisePage.Link> alternatives) {
    }
}
