package dev.midback.web.plan;

import dev.midback.web.http.Paths;
import dev.midback.web.view.Choice;
import dev.midback.web.view.Link;
import dev.midback.web.view.Labels;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.plan.Alternatives;
import dev.midback.plan.Fit;
import dev.midback.plan.History;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.Week;
import dev.midback.plan.WeeklySchedule;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Urgency;
import dev.midback.safety.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the pages of the planning flow: safety questions, the plan form, the routine. */
final class PlanPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final Catalog catalog;
    private final SafetyScreen screen;

    PlanPages(Catalog catalog, SafetyScreen screen) {
        this.catalog = catalog;
        this.screen = screen;
    }

    String notice() {
        return catalog.guide().notice();
    }

    ScreeningPage screening() {
        List<Choice> flags = Stream.of(Question.values()).filter(Question::isRedFlag)
                .map(q -> new Choice(q.id(), q.text(), false)).toList();
        List<Choice> cautions = Stream.of(Question.values()).filter(q -> !q.isRedFlag())
                .map(q -> new Choice(q.id(), q.text(), false)).toList();
        return new ScreeningPage(catalog.guide().notice(), flags, cautions);
    }

    PlanFormPage form(Answers answers) {
        List<String> advice = screen.screen(answers, PainToday.NONE).advice();
        return new PlanFormPage(catalog.guide().notice(), answers.yes().stream().map(Question::id).sorted().toList(), advice,
                10,
                Stream.of(Place.values()).map(p -> new Choice(p.id(), placeLabel(p), p == Place.ANY)).toList(),
                Stream.of(Prop.values()).map(p -> new Choice(p.id(), Labels.of(p), false)).toList(),
                Stream.of(Level.values()).map(l -> new Choice(l.id(), Labels.of(l), l == Level.BEGINNER)).toList(),
                0);
    }

    /** The routine page of a plan kept under {@code planId}, or of one not kept (a stop) when it is null. */
    RoutinePage routine(String planId, PlanRequest request, Routine routine, LocalDate today, History history) {
        boolean stopped = routine.verdict() == Verdict.STOP;
        boolean urgent = stopped && screen.screen(request.answers(), request.pain()).urgency() == Urgency.EMERGENCY;
        Alternatives alternatives = new Alternatives(catalog, screen);
        List<String> planned = routine.items().stream().map(RoutineItem::exerciseId).toList();
        List<RoutinePage.Item> items = new ArrayList<>();
        int n = 1;
        for (RoutineItem item : routine.items()) {
            Exercise exercise = catalog.require(item.exerciseId());
            List<Link> swaps = alternatives.to(exercise, request).stream()
                    .filter(e -> !planned.contains(e.id())).limit(3)
                    .map(e -> new Link(Paths.exercise(e.id()), e.name(), "alternative")).toList();
            items.add(new RoutinePage.Item(n++, item.name(), Paths.exercise(item.exerciseId()), Paths.figure(item.exerciseId(), 0),
                    item.phase().id(), dose(item), clock(item.seconds()), item.reason(), swaps));
        }
        Week week = new WeeklySchedule(catalog).plan(today, history,
                Fit.of(request, screen.screen(request.answers(), request.pain())), request.place() != Place.FLOOR);
        String days = week.sessionsPerWeek() + " sessions: "
                + week.sessionDays().stream().map(DAY::format).collect(Collectors.joining(", ")) + ".";
        return new RoutinePage(catalog.guide().notice(), routine.verdict().id(), stopped, urgent, routine.advice(),
                clock(routine.totalSeconds()), items, command(request), "/plan/new?" + yesQuery(request.answers()),
                days, week.deskBreaks().stream().map(b -> new RoutinePage.Break(b.name(), b.when(), b.text())).toList(),
                planId == null ? null : Paths.play(planId));
    }

    static String dose(RoutineItem item) {
        String unit = switch (item.unit()) {
            case REPS -> item.amount() == 1 ? "repetition" : "repetitions";
            case SECONDS -> "seconds";
            case BREATHS -> item.amount() == 1 ? "breath" : "breaths";
            case MINUTES -> item.amount() == 1 ? "minute" : "minutes";
        };
        return item.amount() + " " + unit + (item.perSide() ? " on each side" : "") + (item.sets() > 1 ? ", " + item.sets() + " times" : "");
    }

    private static String command(PlanRequest r) {
        String props = r.props().isEmpty() ? "none" : r.props().stream().map(Prop::id).collect(Collectors.joining(","));
        String yes = r.answers().yes().stream().map(Question::id).sorted().collect(Collectors.joining(","));
        return "midback go --minutes " + r.minutes() + " --place " + r.place().id() + " --props " + props
                + " --level " + r.level().id() + " --pain " + r.pain().level() + (yes.isEmpty() ? "" : " --yes " + yes);
    }

    private static String yesQuery(Answers answers) {
        return answers.yes().stream().map(q -> "yes=" + q.id()).sorted().collect(Collectors.joining("&"));
    }

    private static String placeLabel(Place p) {
        return switch (p) {
            case DESK -> "At a desk (standing or on a chair)";
            case FLOOR -> "Where I can get down on the floor";
            case ANY -> "Anywhere";
        };
    }

    static String clock(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
