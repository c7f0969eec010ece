package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.safety.Clearance;
import dev.midback.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans a routine: screening first (stop gives no items), then the exercises that fit the person's
 * place, props, level, screening and history, a warm-up first and a cool-down last, fitted to the
 * minutes asked, each with the reason it was chosen. Same request and history, same routine.
 */
public final class RoutinePlanner {

    /** How the reason of an exercise done a second time ends. */
    public static final String SECOND_ROUND = " (a second round, to fill your time)";

    private final Catalog catalog;
    private final SafetyScreen screen;
    private final Progression progression;
    private final LineupChooser chooser = new LineupChooser();
    private final TimeFitter fitter = new TimeFitter();
    private final Sequencer sequencer = new Sequencer();
    private final ReasonWriter reasons = new ReasonWriter();
    private final AdviceWriter advice;
    private final SwapOffers swaps;
    /** The catalog's exercises by id, to look one up without the catalog's search by name. */
    private final Map<String, Exercise> byId = new HashMap<>();

    public RoutinePlanner(Catalog catalog, SafetyScreen screen) {
        this.catalog = catalog;
        catalog.exercises().forEach(e -> byId.put(e.id(), e));
        this.screen = screen;
        this.progression = new Progression(catalog);
        this.advice = new AdviceWriter(catalog);
        this.swaps = new SwapOffers(catalog);
    }

    /** The routine for the request: screened here, once; the routine carries that screening. */
    public Routine plan(PlanRequest request, History history) {
        Clearance clearance = screen.screen(request.answers(), request.pain());
        if (!clearance.allowsRoutine()) {
            return new Routine(clearance, clearance.advice(), 0, List.of());
        }
        Fit fit = Fit.of(request, clearance);
        Setback setback = progression.setback(history);
        List<Exercise> pool = new ArrayList<>(catalog.exercises().stream()
                .filter(e -> fit.admits(e) && progression.isUnlocked(e, history, fit.props()))
                .sorted(Comparator.comparing(Exercise::id))
                .toList());
        Map<Exercise, Exercise> replacing = replacements(pool, history, setback);
        replacing.values().forEach(e -> LineupChooser.remove(pool, e));
        int seconds = request.minutes() * 60;
        Lineup lineup = chooser.choose(pool, replacing, request.place(), seconds);
        for (int tries = 0; tries < 5 && releases(lineup).size() > 1; tries++) {
            releases(lineup).subList(1, releases(lineup).size()).forEach(e -> LineupChooser.remove(pool, e));
            lineup = chooser.choose(pool, replacing, request.place(), seconds);
        }
        List<Draft> drafts = fitter.fit(
                lineup.warmUp().map(e -> draft(e, Phase.WARM_UP, Role.WARM_UP, null, history)).orElse(null),
                lineup.main().stream().map(p -> draft(p.exercise(), Phase.MAIN, p.role(), p.replaced(), history)).toList(),
                lineup.coolDown().map(e -> draft(e, Phase.COOL_DOWN, Role.COOL_DOWN, null, history)).orElse(null),
                seconds);
        List<RoutineItem> items = sequencer.sequence(drafts).stream().map(d -> item(d, fit, setback, request)).toList();
        if (setback == Setback.NONE) {
            items = withSecondRound(items, seconds);
        }
        items = swaps.offer(items, fit, history, replacing.values().stream().map(Exercise::id).collect(Collectors.toSet()));
        List<String> said = advice.write(request, fit, setback, progression.advisesProfessional(history), items);
        return new Routine(clearance, said, items.stream().mapToInt(RoutineItem::seconds).sum(), items);
    }

    /**
     * The passive releases of the routine (backbends over a prop, foam rolling). At most one goes
     * in a routine: lying over props is limited to 5 minutes at a time, and two in a row would
     * break that.
     */
    private static List<Exercise> releases(Lineup lineup) {
        return java.util.stream.Stream.concat(lineup.main().stream().map(Lineup.Pick::exercise), lineup.coolDown().stream())
                .filter(e -> e.kind() == Kind.RELEASE).toList();
    }

    /**
     * When every exercise that suits is already in at its longest and the routine is still short of
     * the minutes asked, the main part's stretches and mobility work are done a second time, as far
     * as they fit: never strength work (the articles build it to 3 sets, not beyond), never a
     * passive release such as the backbends (5 minutes at a time is their limit), and never after
     * pain, when a shorter routine is the point. An exercise never follows itself straight away.
     */
    private List<RoutineItem> withSecondRound(List<RoutineItem> items, int seconds) {
        int total = items.stream().mapToInt(RoutineItem::seconds).sum();
        if (total >= TimeFitter.fewest(seconds)) {
            return items;
        }
        List<RoutineItem> round = new ArrayList<>();
        for (RoutineItem i : items) {
            Kind kind = byId.get(i.exerciseId()).kind();
            boolean repeatable = kind != Kind.STRENGTH && kind != Kind.RELEASE;
            if (i.phase() == Phase.MAIN && repeatable && total + i.seconds() <= TimeFitter.most(seconds)) {
                round.add(new RoutineItem(i.exerciseId(), i.name(), i.phase(), i.unit(), i.amount(), i.sets(), i.perSide(),
                        i.seconds(), i.reason() + SECOND_ROUND, i.keyCaution(), List.of(), null));
                total += i.seconds();
            }
        }
        List<RoutineItem> first = new ArrayList<>(items.stream().filter(i -> i.phase() != Phase.COOL_DOWN).toList());
        apart(first, round);
        List<RoutineItem> result = new ArrayList<>(first);
        result.addAll(round);
        result.addAll(items.stream().filter(i -> i.phase() == Phase.COOL_DOWN).toList());
        return result;
    }

    /**
     * Keeps the second round from starting with the exercise that ends the first. The round follows
     * the order of the main part, so that happens only when the last main exercise is the one
     * exercise done again: it then changes places with the main exercise before it, when that one is
     * done in the same position and neither builds on the other; otherwise it is not done again.
     */
    private void apart(List<RoutineItem> first, List<RoutineItem> round) {
        int last = first.size() - 1;
        if (round.isEmpty() || !round.get(0).exerciseId().equals(first.get(last).exerciseId())) {
            return;
        }
        RoutineItem before = last > 0 ? first.get(last - 1) : null;
        Exercise again = byId.get(first.get(last).exerciseId());
        Exercise other = before == null ? null : byId.get(before.exerciseId());
        boolean swappable = other != null && before.phase() == Phase.MAIN && other.position() == again.position()
                && !Sequencer.buildsOn(again, other) && !Sequencer.buildsOn(other, again);
        if (swappable) {
            first.set(last - 1, first.get(last));
            first.set(last, before);
        } else {
            round.clear();
        }
    }

    /**
     * After pain, for each exercise of the latest session, the easier one that takes its place
     * (easier → replaced): one not done in that session, not the warm-up, not already taken.
     */
    private Map<Exercise, Exercise> replacements(List<Exercise> pool, History history, Setback setback) {
        Map<Exercise, Exercise> replacing = new LinkedHashMap<>();
        if (setback == Setback.NONE) {
            return replacing;
        }
        List<String> latest = progression.latestExercises(history);
        for (String id : latest) {
            Optional<Exercise> hurt = catalog.find(id).filter(pool::contains);
            hurt.flatMap(e -> progression.easierThan(e, x -> pool.contains(x) && !latest.contains(x.id())
                            && !x.id().equals(LineupChooser.CAT_COW) && !replacing.containsKey(x)))
                    .ifPresent(easier -> replacing.put(easier, hurt.get()));
        }
        return replacing;
    }

    private Draft draft(Exercise exercise, Phase phase, Role role, Exercise replaced, History history) {
        return new Draft(exercise, phase, role, progression.doseFor(exercise, history), replaced);
    }

    private RoutineItem item(Draft d, Fit fit, Setback setback, PlanRequest request) {
        return new RoutineItem(d.exercise.id(), d.exercise.name(), d.phase, d.exercise.dosage().unit(), d.amount, d.sets,
                d.exercise.perSide(), d.seconds(), reasons.write(d, fit.props(), setback),
                KeyCaution.of(d.exercise, request.answers()), List.of(), null);
    }
}
