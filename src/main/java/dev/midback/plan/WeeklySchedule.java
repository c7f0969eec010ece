package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans a week: as many sessions as the frequency rule gives, spread over the seven days from the
 * week's start with rest days between (Monday, Wednesday and Friday for three from a Monday), and
 * when asked, breaks for desk work: a posture check in mountain pose, and with an exercise ball, a
 * rhythm of sitting on it, stretching over it and standing.
 */
public final class WeeklySchedule {

    static final String POSTURE_CHECK = "mountain-pose";
    static final String BALL_STRETCH = "ball-passive-backbend";
    static final int SITTING_MINUTES = 20;
    static final int STANDING_MINUTES = 20;

    /** Day offsets from the week's start, for 0 to 7 sessions. */
    private static final int[][] DAYS = {
        {}, {0}, {0, 3}, {0, 2, 4}, {0, 2, 4, 6}, {0, 1, 3, 4, 6}, {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 6}};

    private final Catalog catalog;
    private final Progression progression;

    public WeeklySchedule(Catalog catalog) {
        this.catalog = catalog;
        this.progression = new Progression(catalog);
    }

    /**
     * The week of a planned routine from {@code start}, under the screening it was planned with:
     * desk breaks unless it is done on the floor.
     */
    public Week plan(LocalDate start, History history, PlanRequest request, Routine routine) {
        return plan(start, history, Fit.of(request, routine.clearance()), request.place() != Place.FLOOR);
    }

    /**
     * The week from {@code start}: no sessions when the screening says stop; desk breaks when asked
     * for, each only if its exercise suits the person.
     */
    public Week plan(LocalDate start, History history, Fit fit, boolean deskBreaks) {
        if (!fit.clearance().allowsRoutine()) {
            return new Week(start, 0, List.of(), List.of());
        }
        int sessions = progression.sessionsPerWeek(history);
        List<LocalDate> days = new ArrayList<>();
        for (int offset : DAYS[sessions]) {
            days.add(start.plusDays(offset));
        }
        return new Week(start, sessions, days, deskBreaks ? breaks(fit) : List.of());
    }

    private List<DeskBreak> breaks(Fit fit) {
        List<DeskBreak> breaks = new ArrayList<>();
        suiting(POSTURE_CHECK, fit).ifPresent(e -> breaks.add(new DeskBreak(e.id(), "Posture check", "every hour at your desk",
                "Stand up in " + e.name().toLowerCase(Locale.ROOT) + ": ears over shoulders over hips, weight "
                        + "spread over both feet, and take a few slow breaths before you sit again.")));
        if (fit.props().contains(Prop.EXERCISE_BALL)) {
            suiting(BALL_STRETCH, fit).ifPresent(e -> breaks.add(new DeskBreak(e.id(), "Ball-sitting rhythm", "each hour at your desk",
                    "Sit on your exercise ball for about " + SITTING_MINUTES + " minutes, lean back over it for a few slow "
                            + "breaths, then work standing for about " + STANDING_MINUTES + " minutes.")));
        }
        return breaks;
    }

    /** The exercise, when the screening, props and level allow it (wherever it is done). */
    private Optional<Exercise> suiting(String id, Fit fit) {
        Fit anywhere = new Fit(fit.clearance(), Place.ANY, fit.props(), fit.level());
        return catalog.find(id).filter(anywhere::admits);
    }
}
