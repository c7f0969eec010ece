package dev.midback.web.plan;

import dev.midback.catalog.Catalog;
import dev.midback.export.Paper;
import dev.midback.export.RoutineHandout;
import dev.midback.input.Checked;
import dev.midback.journal.Journal;
import dev.midback.plan.DoseText;
import dev.midback.plan.History;
import dev.midback.plan.PlanInput;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineDocument;
import dev.midback.plan.RoutinePlanner;
import dev.midback.plan.SwapOffers;
import dev.midback.plan.Week;
import dev.midback.plan.WeeklySchedule;
import dev.midback.safety.Answers;
import dev.midback.safety.Clearance;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.session.SwapPlanner;
import dev.midback.session.Timeline;
import dev.midback.session.TimelineCompiler;
import dev.midback.session.TimelineDocument;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Link;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planning flow and the plans API. A plan is made once: the form posts, the plan is made,
 * screened once and stored, and the browser goes to the stored plan (post/redirect/get), whose
 * page shows the stored routine under its stored screening and whose Start plays exactly it.
 */
public final class PlanHandlers {

    private final PlanPages pages;
    private final SafetyScreen screen = new SafetyScreen();
    private final RoutinePlanner planner;
    private final WeeklySchedule weeks;
    private final TimelineCompiler timelines;
    private final SwapPlanner swaps;
    private final SwapOffers offers;
    private final PlanStore plans;
    private final Responses responses;
    private final Pages html;
    private final Clock clock;
    private final Journal journal;
    private final RoutineHandout handout;

    public PlanHandlers(Catalog catalog, PlanStore plans, Journal journal, Responses responses, Pages html, Clock clock) {
        this.clock = clock;
        this.journal = journal;
        this.pages = new PlanPages(catalog);
        this.handout = new RoutineHandout(catalog);
        this.planner = new RoutinePlanner(catalog, screen);
        this.weeks = new WeeklySchedule(catalog);
        this.timelines = new TimelineCompiler(catalog);
        this.swaps = new SwapPlanner(catalog);
        this.offers = new SwapOffers(catalog);
        this.plans = plans;
        this.responses = responses;
        this.html = html;
    }

    public void start(Context ctx) {
        String owner = Visitor.owner(ctx);
        Link again = journal.lastPlanId(owner).flatMap(id -> plans.find(owner, id))
                .filter(plan -> !plan.routine().items().isEmpty())
                .map(plan -> new Link(Paths.play(plan.id()), "Again: your last routine, " + DoseText.duration(plan.routine().totalSeconds())
                        + " with " + plan.routine().items().size() + " exercises", null))
                .orElse(null);
        html.html(ctx, 200, "plan/start.jte", pages.screening().withAgain(again));
    }

    /**
     * {@code GET /plan/new?yes=...}: the form for time and props, filled in with any answers the
     * query carries (as "Change the time or props" sends them), or the advice to stop when a red
     * flag was ticked.
     */
    public void form(Context ctx) {
        Answers answers = answers(ctx.queryParams("yes"));
        Clearance clearance = screen.screen(answers, PainToday.NONE);
        if (!clearance.allowsRoutine()) {
            html.html(ctx, 200, "plan/routine.jte", pages.stopped(clearance.advice(), clearance.urgency()));
            return;
        }
        PlanInput given = new PlanInput(ctx.queryParam("minutes"), ctx.queryParam("place"), ctx.queryParams("have"),
                ctx.queryParam("level"), ctx.queryParam("pain"), "true".equals(ctx.queryParam("sharp")), yesMap(answers));
        html.html(ctx, 200, "plan/form.jte", pages.form(given, answers, clearance.advice(), null));
    }

    /** {@code GET /routine?...}: the address of the old form; its answers go back to the form. */
    public void routineForm(Context ctx) {
        String query = ctx.queryString();
        responses.seeOther(ctx, Paths.PLAN_FORM + (query == null ? "" : "?" + query));
    }

    /**
     * {@code POST /plans}: the form's answers; the plan is made and kept, then shown at its own
     * address. A value refused shows the form again, every answer kept and the problem beside
     * its field; a screening that says stop shows its advice and keeps nothing.
     */
    public void createFromForm(Context ctx) {
        Answers answers = answers(ctx.formParams("yes"));
        PlanInput given = new PlanInput(ctx.formParam("minutes"), ctx.formParam("place"), ctx.formParams("have"),
                ctx.formParam("level"), ctx.formParam("pain"), "true".equals(ctx.formParam("sharp")), yesMap(answers));
        Checked<PlanRequest> checked = given.check();
        if (!checked.isValid()) {
            html.html(ctx, 400, "plan/form.jte",
                    pages.form(given, answers, screen.screen(answers, PainToday.NONE).advice(), checked));
            return;
        }
        PlanRequest request = checked.value();
        History history = journal.history(Visitor.owner(ctx));
        Routine routine = planner.plan(request, history);
        if (!routine.clearance().allowsRoutine()) {
            html.html(ctx, 200, "plan/routine.jte", pages.stopped(routine.advice(), routine.clearance().urgency()));
            return;
        }
        if (routine.items().isEmpty()) {
            html.html(ctx, 200, "plan/routine.jte", pages.routine(null, request, routine, week(request, routine, history)));
            return;
        }
        String id = plans.save(Visitor.owner(ctx), request, routine);
        responses.seeOther(ctx, Paths.plan(id));
    }

    /** {@code GET /plans/{id}}: a stored plan, as stored and as it will be played; reading it stores nothing. */
    public void routine(Context ctx) {
        PlanStore.StoredPlan plan = findPage(ctx);
        History history = journal.history(Visitor.owner(ctx));
        Week week = week(plan.request(), plan.routine(), history);
        html.html(ctx, 200, "plan/routine.jte", pages.routine(plan.id(), plan.request(),
                offers.decided(plan.routine(), plan.request(), history), week));
    }

    /**
     * {@code GET /plans/{id}/handout.pdf[?paper=letter]}: the stored routine to print, on A4 unless
     * US Letter is asked for; found as its page is, so nobody prints another person's plan.
     */
    public void handout(Context ctx) {
        PlanStore.StoredPlan plan = findPage(ctx);
        String asked = ctx.queryParam("paper");
        Paper paper = asked == null ? Paper.A4 : Paper.byId(asked)
                .orElseThrow(() -> Problem.badField("paper", "paper must be a4 or letter").raise().back(Paths.plan(plan.id()), "Back to the routine"));
        LocalDate today = LocalDate.now(clock);
        ctx.header("Content-Disposition", "inline; filename=\"midback-routine-" + today + ".pdf\"");
        ctx.status(200).contentType("application/pdf").result(handout.render(plan.request(), plan.routine(), today, paper));
    }

    /** {@code GET /play/{id}}: the guided session of a stored plan. */
    public void play(Context ctx) {
        PlanStore.StoredPlan plan = findPage(ctx);
        Routine routine = plan.routine();
        html.html(ctx, 200, "plan/play.jte", new PlayPage(pages.notice(), plan.id(),
                DoseText.duration(routine.totalSeconds()), routine.items().size(), plan.request().pain().level()));
    }

    /** {@code POST /api/plans}: 201 and the stored plan (a stop too, with its advice and no items). */
    public void create(Context ctx) {
        Checked<PlanRequest> checked = PlanBody.parse(ctx.body());
        if (!checked.isValid()) {
            throw Problem.of(checked).raise();
        }
        PlanRequest request = checked.value();
        Routine routine = planner.plan(request, journal.history(Visitor.owner(ctx)));
        String id = plans.save(Visitor.owner(ctx), request, routine);
        ctx.header("Location", "/api/plans/" + id);
        responses.json(ctx, 201, document(id, routine));
    }

    public void show(Context ctx) {
        PlanStore.StoredPlan plan = find(ctx);
        Routine routine = offers.decided(plan.routine(), plan.request(), journal.history(Visitor.owner(ctx)));
        responses.json(ctx, 200, document(plan.id(), routine));
    }

    public void timeline(Context ctx) {
        responses.json(ctx, 200, TimelineDocument.of(timelines.compile(find(ctx).routine())));
    }

    /**
     * {@code GET /api/plans/{id}/swap?exercise=ID&from=S&to=S[&with=ID]}: another exercise for the
     * rest of one, from second {@code from} to second {@code to} of the routine, as cues: one of the
     * swaps the plan lists for it ({@code with}, or the first that fits); 404 with the reason when
     * none fits.
     */
    public void swap(Context ctx) {
        PlanStore.StoredPlan plan = find(ctx);
        String exercise = ctx.queryParam("exercise");
        Integer from = seconds(ctx.queryParam("from"));
        Integer to = seconds(ctx.queryParam("to"));
        int total = plan.routine().totalSeconds();
        if (exercise == null || plan.routine().items().stream().noneMatch(i -> i.exerciseId().equals(exercise))) {
            throw Problem.badField("exercise", "exercise must be one of the plan's exercises").raise();
        }
        if (from == null || from < 0 || from > total) {
            throw Problem.badField("from", "from must be a second of the routine, 0 to " + total).raise();
        }
        if (to == null || to <= from || to > total) {
            throw Problem.badField("to", "to must be a second after from, at most " + total).raise();
        }
        History history = journal.history(Visitor.owner(ctx));
        String with = ctx.queryParam("with");
        if (with != null && swaps.options(plan.routine(), plan.request(), history, exercise).stream()
                .noneMatch(o -> o.exerciseId().equals(with))) {
            throw Problem.badField("with", "with must be one of the swaps the plan lists for " + exercise).raise();
        }
        var swap = swaps.replace(plan.routine(), plan.request(), history, exercise, with, from, to)
                .orElseThrow(() -> Problem.notFound(with == null ? "exercise" : "with",
                        swaps.whyNone(plan.routine(), plan.request(), history, exercise)
                                .orElse("Nothing else fits in the time left; skip this one instead.")).raise());
        responses.json(ctx, 200, Map.of("exerciseId", swap.exerciseId(), "name", swap.name(),
                "cues", TimelineDocument.of(new Timeline(to, swap.cues())).get("cues")));
    }

    private static Integer seconds(String text) {
        return text != null && text.matches("\\d{1,5}") ? Integer.valueOf(text) : null;
    }

    private PlanStore.StoredPlan find(Context ctx) {
        String id = ctx.pathParam("id");
        return plans.find(Visitor.owner(ctx), id)
                .orElseThrow(() -> Problem.notFound("id", "no plan has the id '" + id + "'").raise());
    }

    private PlanStore.StoredPlan findPage(Context ctx) {
        return plans.find(Visitor.owner(ctx), ctx.pathParam("id")).orElseThrow(() -> Problem.notFound("id",
                "There is no saved routine with this address. Plan a new one to start a session.").raise()
                .back(Paths.START, "Plan a routine"));
    }

    private static Map<String, Object> document(String id, Routine routine) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.putAll(RoutineDocument.of(routine));
        return doc;
    }

    /** The week of a plan from today: worked out by the plan feature, only formatted here. */
    private Week week(PlanRequest request, Routine routine, History history) {
        return weeks.plan(LocalDate.now(clock), history, request, routine);
    }

    /** The screening answers ticked on the form ({@code yes} repeated); an unknown one is refused. */
    private static Answers answers(List<String> yes) {
        Map<String, Object> raw = new LinkedHashMap<>();
        yes.forEach(id -> raw.put(id, Boolean.TRUE));
        Checked<Answers> parsed = Answers.parse(raw);
        if (!parsed.isValid()) {
            throw Problem.badField("yes", parsed.problem()).raise().back(Paths.START, "Back to the safety questions");
        }
        return parsed.value();
    }

    private static Map<String, Object> yesMap(Answers answers) {
        Map<String, Object> raw = new LinkedHashMap<>();
        answers.yes().forEach(q -> raw.put(q.id(), Boolean.TRUE));
        return raw;
    }
}
