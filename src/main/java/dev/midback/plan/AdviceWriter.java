package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;
import dev.midback.safety.Clearance;
import dev.midback.safety.Urgency;
import dev.midback.safety.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the advice read before a routine: the screening's first, then what the history calls
 * for, the warm-up before longer routines (on the spot at a desk), a missing extension or rotation
 * and why, and a routine shorter than asked.
 */
final class AdviceWriter {

    static final String WARM_UP_FIRST = "Warm up for 5-10 minutes before you start, with a brisk walk or easy cycling: "
            + "stretching works best on warm muscles.";
    /** At a desk there is no room for a walk or a ride: the NHS warm-up marches on the spot and rolls the shoulders. */
    static final String WARM_UP_FIRST_AT_A_DESK = "Warm up where you are before you start: march on the spot for about "
            + "3 minutes, swinging your arms, then keep marching while you roll your shoulders forwards and backwards. "
            + "Stretching works best on warm muscles.";
    static final int WARM_UP_FIRST_FROM_MINUTES = 10;
    static final int BOTH_MOVEMENTS_FROM_MINUTES = 5;

    private final Catalog catalog;
    /** The catalog's exercises by id, to look one up without the catalog's search by name. */
    private final Map<String, Exercise> byId = new HashMap<>();

    AdviceWriter(Catalog catalog) {
        this.catalog = catalog;
        catalog.exercises().forEach(e -> byId.put(e.id(), e));
    }

    List<String> write(PlanRequest request, Fit fit, Setback setback, boolean seeProfessional, List<RoutineItem> items) {
        List<String> advice = new ArrayList<>(fit.clearance().advice());
        if (seeProfessional) {
            advice.add(Progression.SEE_A_PROFESSIONAL);
        }
        if (setback != Setback.NONE) {
            advice.add("Today's routine is easier than usual because " + setback.cause()
                    + ": shorter holds, no extra sets, and gentler exercises where there are some.");
        }
        if (request.minutes() >= WARM_UP_FIRST_FROM_MINUTES) {
            advice.add(request.place() == Place.DESK ? WARM_UP_FIRST_AT_A_DESK : WARM_UP_FIRST);
        }
        if (request.minutes() >= BOTH_MOVEMENTS_FROM_MINUTES) {
            missing(Movement.EXTENSION, "bending backward", fit, items).ifPresent(advice::add);
            missing(Movement.ROTATION, "twisting", fit, items).ifPresent(advice::add);
        }
        int total = items.stream().mapToInt(RoutineItem::seconds).sum();
        if (total < TimeFitter.fewest(request.minutes() * 60)) {
            advice.add("This routine takes " + duration(total) + ", less than the " + request.minutes()
                    + " minutes you asked for: it holds every exercise that suits your place, props, level and screening "
                    + "today, each as long as the articles allow, and the stretches a second time where that fits"
                    + (items.stream().anyMatch(i -> byId.get(i.exerciseId()).kind() == Kind.STRENGTH)
                            ? "; strength work adds sets only as your sessions show it is comfortable." : "."));
        }
        return advice;
    }

    /** "2 minutes 40 seconds", "1 minute", "50 seconds". */
    static String duration(int seconds) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        String m = minutes == 1 ? "1 minute" : minutes + " minutes";
        String s = rest == 1 ? "1 second" : rest + " seconds";
        return minutes == 0 ? s : rest == 0 ? m : m + " " + s;
    }

    private Optional<String> missing(Movement movement, String words, Fit fit, List<RoutineItem> items) {
        boolean present = items.stream()
                .anyMatch(i -> byId.containsKey(i.exerciseId()) && byId.get(i.exerciseId()).movements().contains(movement));
        if (present) {
            return Optional.empty();
        }
        List<Exercise> withIt = catalog.exercises().stream()
                .filter(e -> e.movements().contains(movement) && !e.instructorFirst())
                .sorted(Comparator.comparing(Exercise::id))
                .toList();
        if (!withIt.isEmpty() && withIt.stream().allMatch(e -> fit.clearance().whyNot(e).isPresent())) {
            return Optional.of("No " + words + " exercise today: " + fit.clearance().whyNot(withIt.get(0)).orElseThrow() + ".");
        }
        List<Exercise> suitable = withIt.stream().filter(unscreened(fit)::admits).toList();
        if (suitable.stream().anyMatch(fit::admits)) {
            return Optional.of("No " + words + " exercise fitted into today's routine.");
        }
        return Optional.of(suitable.stream()
                .flatMap(e -> fit.clearance().whyNot(e).stream())
                .findFirst()
                .map(why -> "No " + words + " exercise today: " + why + ".")
                .orElse("No " + words + " exercise today: none suits your place, props and level."));
    }

    /** The same place, props and level, as if the screening allowed everything. */
    private static Fit unscreened(Fit fit) {
        Clearance all = new Clearance(Verdict.GO, Urgency.NONE, List.of(), false, Map.of(), Map.of());
        return new Fit(all, fit.place(), fit.props(), fit.level());
    }
}
