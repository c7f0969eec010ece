package dev.midback.web.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.export.Paper;
import dev.midback.input.Checked;
import dev.midback.plan.DoseText;
import dev.midback.plan.Place;
import dev.midback.plan.PlanInput;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.Week;
import dev.midback.safety.Answers;
import dev.midback.safety.Question;
import dev.midback.safety.Urgency;
import dev.midback.web.http.Paths;
import dev.midback.web.view.Choice;
import dev.midback.web.view.Labels;
import dev.midback.web.view.Link;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the pages of the planning flow from what the plan feature worked out: the safety
 * questions, the plan form, and a routine with its week. Nothing here screens or plans.
 */
final class PlanPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    /** What the form shows of a value it was given back: enough for any valid one. */
    private static final int KEPT = 16;

    private final Catalog catalog;

    PlanPages(Catalog catalog) {
        this.catalog = catalog;
    }

    String notice() {
        return catalog.guide().notice();
    }

    ScreeningPage screening() {
        List<Choice> flags = Stream.of(Question.values()).filter(Question::isRedFlag)
                .map(q -> new Choice(q.id(), q.text(), false)).toList();
        List<Choice> cautions = Stream.of(Question.values()).filter(q -> !q.isRedFlag())
                .map(q -> new Choice(q.id(), q.text(), false)).toList();
        return new ScreeningPage(catalog.guide().notice(), flags, cautions, null);
    }

    /**
     * The form, filled in with what was given (defaults for what was not), the advice of the
     * screening answers it carries, and the problem with a value when there is one.
     */
    PlanFormPage form(PlanInput given, Answers answers, List<String> advice, Checked<?> problem) {
        List<String> have = given.props() == null ? List.of() : given.props().stream().filter(Objects::nonNull)
                .map(p -> p.strip().toLowerCase(Locale.ROOT)).toList();
        String place = given.place() == null ? Place.ANY.id() : given.place().strip().toLowerCase(Locale.ROOT);
        String level = given.level() == null ? Level.BEGINNER.id() : given.level().strip().toLowerCase(Locale.ROOT);
        boolean failed = problem != null && !problem.isValid();
        return new PlanFormPage(catalog.guide().notice(), answers.yes().stream().map(Question::id).sorted().toList(), advice,
                given.minutes() == null ? "10" : kept(given.minutes()),
                Stream.of(Place.values()).map(p -> new Choice(p.id(), placeLabel(p), p.id().equals(place))).toList(),
                Stream.of(Prop.values()).map(p -> new Choice(p.id(), Labels.of(p), have.contains(p.id()))).toList(),
                Stream.of(Level.values()).map(l -> new Choice(l.id(), Labels.of(l), l.id().equals(level))).toList(),
                given.pain() == null ? "0" : kept(given.pain()), given.sharpPain(),
                failed ? problem.field() : null, failed ? problem.problem() : null);
    }

    /** The advice to stop, from a screening that allows no routine; nothing was stored. */
    RoutinePage stopped(List<String> advice, Urgency urgency) {
        return new RoutinePage(catalog.guide().notice(), "stop", true, urgency == Urgency.EMERGENCY, advice, "", List.of(),
                null, null, null, List.of(), null, null, null);
    }

    /**
     * The page of a routine as planned: kept under {@code planId} (then Start plays it), or not kept
     * when {@code planId} is null. Its swaps are those planned with it, under its screening.
     */
    RoutinePage routine(String planId, PlanRequest request, Routine routine, Week week) {
        if (!routine.clearance().allowsRoutine()) {
            return stopped(routine.advice(), routine.clearance().urgency());
        }
        List<RoutinePage.Item> items = new ArrayList<>();
        int n = 1;
        for (RoutineItem item : routine.items()) {
            List<Link> swaps = item.swaps().stream()
                    .map(o -> new Link(Paths.exercise(o.exerciseId()), o.name(), "alternative")).toList();
            items.add(new RoutinePage.Item(n++, item.name(), Paths.exercise(item.exerciseId()), Paths.figure(item.exerciseId(), 0),
                    item.phase().id(), DoseText.of(item), DoseText.duration(item.seconds()), item.reason(), item.keyCaution(), swaps,
                    item.noSwapReason()));
        }
        boolean stored = planId != null && !routine.items().isEmpty();
        String days = week.sessionsPerWeek() + " sessions: "
                + week.sessionDays().stream().map(DAY::format).collect(Collectors.joining(", ")) + ".";
        return new RoutinePage(catalog.guide().notice(), routine.verdict().id(), false, false, routine.advice(),
                DoseText.duration(routine.totalSeconds()), items, command(request), changeUrl(request),
                days, week.deskBreaks().stream().map(b -> new RoutinePage.Break(b.name(), b.when(), b.text())).toList(),
                stored ? Paths.play(planId) : null, stored ? Paths.handout(planId, null) : null,
                stored ? Paths.handout(planId, Paper.LETTER.id()) : null);
    }

    private static String command(PlanRequest r) {
        String props = r.props().isEmpty() ? "none" : r.props().stream().sorted().map(Prop::id).collect(Collectors.joining(","));
        String yes = r.answers().yes().stream().sorted().map(Question::id).collect(Collectors.joining(","));
        return "midback go --minutes " + r.minutes() + " --place " + r.place().id() + " --props " + props
                + " --level " + r.level().id() + " --pain " + r.pain().level() + (yes.isEmpty() ? "" : " --yes " + yes);
    }

    /** The form again, every answer of the request filled in. */
    static String changeUrl(PlanRequest r) {
        List<String> query = new ArrayList<>();
        query.add(param("minutes", Integer.toString(r.minutes())));
        query.add(param("place", r.place().id()));
        r.props().stream().sorted().forEach(p -> query.add(param("have", p.id())));
        query.add(param("level", r.level().id()));
        query.add(param("pain", Integer.toString(r.pain().level())));
        if (r.pain().sharp()) {
            query.add(param("sharp", "true"));
        }
        r.answers().yes().stream().sorted().forEach(q -> query.add(param("yes", q.id())));
        return Paths.PLAN_FORM + "?" + String.join("&", query);
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value given back to the form, free of NUL and cut short: it is shown, never trusted. */
    private static String kept(String text) {
        String clean = text.replace("\0", "").strip();
        return clean.length() > KEPT ? clean.substring(0, KEPT) : clean;
    }

    private static String placeLabel(Place p) {
        return switch (p) {
            case DESK -> "At a desk (standing or on a chair)";
            case FLOOR -> "Where I can get down on the floor";
            case ANY -> "Anywhere";
        };
    }
}
