package dev.midback.web;

import dev.midback.catalog.Catalog;
import dev.midback.journal.Journal;
import dev.midback.plan.History;
import dev.midback.plan.PlanInput;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineDocument;
import dev.midback.plan.RoutinePlanner;
import dev.midback.safety.Answers;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import dev.midback.session.SwapPlanner;
import dev.midback.session.Timeline;
import dev.midback.session.TimelineCompiler;
import dev.midback.session.TimelineDocument;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The planning flow's pages and the plans API. */
final class PlanHandlers {

    private final PlanPages pages;
    private final RoutinePlanner planner;
    private final TimelineCompiler timelines;
    private final SwapPlanner swaps;
    private final PlanStore plans;
    private final Responses responses;
    private final Clock clock;
    private final Journal journal;

    PlanHandlers(Catalog catalog, PlanStore plans, Journal journal, Responses responses, Clock clock) {
        this.clock = clock;
        this.journal = journal;
        SafetyScreen screen = new SafetyScreen();
        this.pages = new PlanPages(catalog, screen);
        this.planner = new RoutinePlanner(catalog, screen);
        this.timelines = new TimelineCompiler(catalog);
        this.swaps = new SwapPlanner(catalog, screen);
        this.plans = plans;
        this.responses = responses;
    }

    void start(Context ctx) {
        responses.html(ctx, 200, "plan/start.jte", pages.screening());
    }

    void form(Context ctx) {
        Optional<Answers> answers = answers(ctx);
        if (answers.isEmpty()) {
            return;
        }
        PlanRequest request = new PlanInput("10", "any", List.of(), "beginner", "0", false, yesMap(answers.get())).check().request();
        History history = journal.history(Owner.of(ctx));
        Routine routine = planner.plan(request, history);
        if (routine.verdict() == Verdict.STOP) {
            responses.html(ctx, 200, "plan/routine.jte", pages.routine(request, routine, LocalDate.now(clock), history));
        } else {
            responses.html(ctx, 200, "plan/form.jte", pages.form(answers.get()));
        }
    }

    void routine(Context ctx) {
        Optional<Answers> answers = answers(ctx);
        if (answers.isEmpty()) {
            return;
        }
        PlanInput.Checked checked = new PlanInput(ctx.queryParam("minutes"), ctx.queryParam("place"), ctx.queryParams("have"),
                ctx.queryParam("level"), ctx.queryParam("pain"), "true".equals(ctx.queryParam("sharp")),
                yesMap(answers.get())).check();
        if (!checked.isValid()) {
            String back = "/plan/new?" + answers.get().yes().stream().map(q -> "yes=" + q.id()).sorted()
                    .collect(java.util.stream.Collectors.joining("&"));
            responses.error(ctx, 400, "Please check " + checked.field(), checked.problem(), back, "Back to the form, answers kept");
            return;
        }
        History history = journal.history(Owner.of(ctx));
        responses.html(ctx, 200, "plan/routine.jte",
                pages.routine(checked.request(), planner.plan(checked.request(), history), LocalDate.now(clock), history));
    }

    void create(Context ctx) {
        PlanBody body = PlanBody.parse(ctx.body());
        if (body.problem() != null) {
            responses.problem(ctx, body.problem());
            return;
        }
        PlanInput.Checked checked = body.input().check();
        if (!checked.isValid()) {
            responses.problem(ctx, Problem.badField(checked.field(), checked.problem()));
            return;
        }
        PlanRequest request = checked.request();
        Routine routine = planner.plan(request, journal.history(Owner.of(ctx)));
        String id = plans.save(Owner.of(ctx), request, routine);
        ctx.header("Location", "/api/plans/" + id);
        responses.json(ctx, 201, document(id, routine));
    }

    /** {@code POST /plans}: the start form of the routine page; stores the plan and goes to its player. */
    void createFromForm(Context ctx) {
        Map<String, Object> raw = new LinkedHashMap<>();
        ctx.formParams("yes").forEach(id -> raw.put(id, Boolean.TRUE));
        Answers.Parsed parsed = Answers.parse(raw);
        if (!parsed.isValid()) {
            responses.error(ctx, 400, "Unknown safety question", parsed.problem());
            return;
        }
        PlanInput.Checked checked = new PlanInput(ctx.formParam("minutes"), ctx.formParam("place"), ctx.formParams("have"),
                ctx.formParam("level"), ctx.formParam("pain"), "true".equals(ctx.formParam("sharp")), raw).check();
        if (!checked.isValid()) {
            responses.error(ctx, 400, "Please check " + checked.field(), checked.problem(), Paths.START, "Back to the safety questions");
            return;
        }
        PlanRequest request = checked.request();
        Routine routine = planner.plan(request, journal.history(Owner.of(ctx)));
        if (routine.verdict() == Verdict.STOP || routine.items().isEmpty()) {
            responses.error(ctx, 400, "No routine today", String.join(" ", routine.advice()), Paths.START, "Back to the safety questions");
            return;
        }
        String id = plans.save(Owner.of(ctx), request, routine);
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.redirect(Paths.play(id), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code GET /play/{id}}: the guided session of a stored plan. */
    void play(Context ctx) {
        Optional<PlanStore.StoredPlan> plan = plans.find(Owner.of(ctx), ctx.pathParam("id"));
        if (plan.isEmpty()) {
            responses.error(ctx, 404, "Not found", "There is no saved routine with this address. Plan a new one to start a session.",
                    Paths.START, "Plan a routine");
            return;
        }
        Routine routine = plan.get().routine();
        responses.html(ctx, 200, "plan/play.jte", new PlayPage(pages.notice(), plan.get().id(),
                PlanPages.clock(routine.totalSeconds()), routine.items().size()));
    }

    void show(Context ctx) {
        find(ctx).ifPresent(plan -> responses.json(ctx, 200, document(plan.id(), plan.routine())));
    }

    void timeline(Context ctx) {
        find(ctx).ifPresent(plan -> responses.json(ctx, 200, TimelineDocument.of(timelines.compile(plan.routine()))));
    }

    /**
     * {@code GET /api/plans/{id}/swap?exercise=ID&from=S&to=S}: another exercise for the rest of one,
     * from second {@code from} to second {@code to} of the routine, as cues; 404 when none fits.
     */
    void swap(Context ctx) {
        Optional<PlanStore.StoredPlan> plan = find(ctx);
        if (plan.isEmpty()) {
            return;
        }
        String exercise = ctx.queryParam("exercise");
        Integer from = seconds(ctx.queryParam("from"));
        Integer to = seconds(ctx.queryParam("to"));
        int total = plan.get().routine().totalSeconds();
        if (exercise == null || plan.get().routine().items().stream().noneMatch(i -> i.exerciseId().equals(exercise))) {
            responses.problem(ctx, Problem.badField("exercise", "exercise must be one of the plan's exercises"));
        } else if (from == null || from < 0 || from > total) {
            responses.problem(ctx, Problem.badField("from", "from must be a second of the routine, 0 to " + total));
        } else if (to == null || to <= from || to > total) {
            responses.problem(ctx, Problem.badField("to", "to must be a second after from, at most " + total));
        } else {
            swaps.replace(plan.get().routine(), plan.get().request(), journal.history(Owner.of(ctx)), exercise, from, to)
                    .ifPresentOrElse(s -> responses.json(ctx, 200, Map.of("exerciseId", s.exerciseId(), "name", s.name(),
                                    "cues", TimelineDocument.of(new Timeline(to, s.cues())).get("cues"))),
                            () -> responses.problem(ctx, Problem.notFound("exercise", "no other exercise fits here; skip this one instead")));
        }
    }

    private static Integer seconds(String text) {
        return text != null && text.matches("\\d{1,5}") ? Integer.valueOf(text) : null;
    }

    private Optional<PlanStore.StoredPlan> find(Context ctx) {
        Optional<PlanStore.StoredPlan> plan = plans.find(Owner.of(ctx), ctx.pathParam("id"));
        if (plan.isEmpty()) {
            responses.problem(ctx, Problem.notFound("id", "no plan has the id '" + ctx.pathParam("id") + "'"));
        }
        return plan;
    }

    private static Map<String, Object> document(String id, Routine routine) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.putAll(RoutineDocument.of(routine));
        return doc;
    }

    /** The screening answers ticked on the form ({@code yes} repeated), or empty after answering 400. */
    private Optional<Answers> answers(Context ctx) {
        Map<String, Object> raw = new LinkedHashMap<>();
        ctx.queryParams("yes").forEach(id -> raw.put(id, Boolean.TRUE));
        Answers.Parsed parsed = Answers.parse(raw);
        if (!parsed.isValid()) {
            responses.error(ctx, 400, "Unknown safety question", parsed.problem());
            return Optional.empty();
        }
        return Optional.of(parsed.answers());
    }

    private static Map<String, Object> yesMap(Answers answers) {
        Map<String, Object> raw = new LinkedHashMap<>();
        answers.yes().forEach(q -> raw.put(q.id(), Boolean.TRUE));
        return raw;
    }
}
