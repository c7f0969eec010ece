package dev.midback.cli;

import dev.midback.plan.DeskBreak;
import dev.midback.plan.Week;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A week's schedule as a few lines of text. */
final class WeekText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private WeekText() {
    }

    static String describe(Week week, int width) {
        StringBuilder out = new StringBuilder("\nThis week\n");
        out.append(TextWrap.hanging("  ", week.sessionsPerWeek() + " sessions: "
                + week.sessionDays().stream().map(DAY::format).collect(Collectors.joining(", ")) + ".", width));
        for (DeskBreak b : week.deskBreaks()) {
            out.append(TextWrap.hanging("  - ", b.name() + " (" + b.when() + "): " + b.text(), width));
        }
        return out.toString();
    }
}
