package dev.midback.plan;

import java.time.LocalDate;
import java.util.List;

/** A week's plan: the days to do a routine on, spread out, and the breaks to take at a desk. */
public record Week(LocalDate start, int sessionsPerWeek, List<LocalDate> sessionDays, List<DeskBreak> deskBreaks) {

    public Week {
        sessionDays = List.copyOf(sessionDays);
        deskBreaks = List.copyOf(deskBreaks);
    }
}
