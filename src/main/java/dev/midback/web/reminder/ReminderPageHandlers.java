package dev.midback.web.reminder;

import dev.midback.web.http.Paths;
import dev.midback.web.http.ExternalAddress;
import dev.midback.web.view.Pages;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Visitor;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.Level;
import dev.midback.journal.Journal;
import dev.midback.plan.Fit;
import dev.midback.plan.Place;
import dev.midback.plan.Week;
import dev.midback.plan.WeeklySchedule;
import dev.midback.reminder.PlanReminders;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderInput;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Zones;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The reminders page: list, add, change, delete, and reminders suggested from the plan; no JavaScript needed. */
public final class ReminderPageHandlers {

    private static final String SESSION_AT = "07:30";
    private static final String WORK_STARTS = "09:00";
    private static final String WORK_ENDS = "17:00";

    private final Catalog catalog;
    private final ReminderStore store;
    private final Journal journal;
    private final Clock clock;
    private final Responses responses;
    private final Pages html;
    private final ExternalAddress address;
    private final ReminderPages pages;

    public ReminderPageHandlers(Catalog catalog, ReminderStore store, Journal journal, Clock clock, Responses responses, Pages html,
                                ExternalAddress address) {
        this.catalog = catalog;
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        this.responses = responses;
        this.html = html;
        this.address = address;
        this.pages = new ReminderPages(catalog.guide().notice());
    }

    public void index(Context ctx) {
        show(ctx, 200, message(ctx), pages.suggest(week(ctx), SESSION_AT, WORK_STARTS, WORK_ENDS, zone(), null, null),
                pages.blank(zone()));
    }

    public void add(Context ctx) {
        ReminderInput input = formInput(ctx);
        ReminderInput.Checked checked = input.check(UUID.randomUUID().toString(), ZoneId.of(zone()), clock.instant(), clock.instant());
        if (!checked.isValid()) {
            show(ctx, 400, null, pages.suggest(week(ctx), SESSION_AT, WORK_STARTS, WORK_ENDS, zone(), null, null),
                    pages.form(ReminderPages.ADD, Paths.REMINDERS, "Add reminder", input, checked.field(), checked.problem()));
            return;
        }
        store.add(Visitor.owner(ctx), checked.reminder());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=added");
    }

    public void edit(Context ctx) {
        Reminder reminder = find(ctx);
        html.html(ctx, 200, "reminder/edit.jte", pages.edit(reminder, pages.filled(reminder)));
    }

    public void save(Context ctx) {
        Reminder old = find(ctx);
        ReminderInput input = formInput(ctx);
        ReminderInput.Checked checked = input.check(old.id(), ZoneId.of(zone()), old.created(), clock.instant());
        if (!checked.isValid()) {
            html.html(ctx, 400, "reminder/edit.jte", pages.edit(old, pages.form(ReminderPages.EDIT,
                    Paths.reminderEdit(old.id()), "Save changes", input, checked.field(), checked.problem())));
            return;
        }
        store.replace(Visitor.owner(ctx), checked.reminder());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=saved");
    }

    public void delete(Context ctx) {
        store.delete(Visitor.owner(ctx), find(ctx).id());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=deleted");
    }

    /** Adds the plan's reminders, leaving out any that come at the same moments as one already kept. */
    public void suggest(Context ctx) {
        String sessionAt = ctx.formParam("sessionTime");
        String starts = ctx.formParam("workStarts");
        String ends = ctx.formParam("workEnds");
        String zone = Optional.ofNullable(ctx.formParam("timeZone")).filter(z -> !z.isBlank()).map(String::strip).orElse(zone());
        Week week = week(ctx);
        Optional<Problem> problem = suggestProblem(sessionAt, starts, ends, zone);
        if (problem.isPresent()) {
            show(ctx, 400, null, pages.suggest(week, sessionAt, starts, ends, zone, problem.get().field(), problem.get().detail()),
                    pages.blank(zone()));
            return;
        }
        List<Reminder> kept = store.list(Visitor.owner(ctx));
        List<Reminder> added = new ArrayList<>();
        int skipped = 0;
        for (ReminderInput input : PlanReminders.suggest(week, LocalTime.parse(sessionAt), LocalTime.parse(starts),
                LocalTime.parse(ends), zone)) {
            Reminder r = input.check(UUID.randomUUID().toString(), ZoneId.of(zone), clock.instant(), clock.instant()).reminder();
            if (kept.stream().anyMatch(r::sameSlotAs) || added.stream().anyMatch(r::sameSlotAs)) {
                skipped++;
            } else {
                added.add(r);
            }
        }
        store.addAll(Visitor.owner(ctx), added);
        responses.seeOther(ctx, Paths.REMINDERS + "?done=suggested&added=" + added.size() + "&skipped=" + skipped);
    }

    /** The field at fault and what is wrong, if the suggestion form is not fine. */
    private static Optional<Problem> suggestProblem(String sessionAt, String starts, String ends, String zone) {
        if (ReminderInput.parseTime(sessionAt).isEmpty()) {
            return Optional.of(Problem.badField("sessionTime", "Please give the session time as HH:mm, such as 07:30."));
        }
        if (ReminderInput.parseTime(starts).isEmpty()) {
            return Optional.of(Problem.badField("workStarts", "Please give the time work starts as HH:mm, such as 09:00."));
        }
        if (ReminderInput.parseTime(ends).isEmpty()) {
            return Optional.of(Problem.badField("workEnds", "Please give the time work ends as HH:mm, such as 17:00."));
        }
        if (!LocalTime.parse(ends).isAfter(LocalTime.parse(starts))) {
            return Optional.of(Problem.badField("workEnds", "Work has to end after it starts, on the same day."));
        }
        if (!Zones.isKnown(zone)) {
            return Optional.of(Problem.badField("timeZone", "Please give a time zone name such as Europe/Berlin, not '" + zone + "'."));
        }
        return Optional.empty();
    }

    private void show(Context ctx, int status, String message, SuggestForm suggest, ReminderForm form) {
        html.html(ctx, status, "reminder/index.jte", pages.index(store.list(Visitor.owner(ctx)), clock.instant(), zone(), message,
                suggest, form, address.origin(ctx), store.feedToken(Visitor.owner(ctx))));
    }

    /** This week's plan from the journal, with no screening answers: the days to stretch and the desk breaks. */
    private Week week(Context ctx) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Fit fit = new Fit(new SafetyScreen().screen(Answers.NONE, PainToday.NONE), Place.ANY, Set.of(), Level.BEGINNER);
        return new WeeklySchedule(catalog).plan(monday, journal.history(Visitor.owner(ctx)), fit, true);
    }

    private String zone() {
        return Zones.idOf(clock.getZone());
    }

    private static ReminderInput formInput(Context ctx) {
        return new ReminderInput(ctx.formParam("kind"), ctx.formParams("days"), ctx.formParam("time"), ctx.formParam("timeZone"),
                ctx.formParam("label"), ctx.formParam("enabled") != null);
    }

    private static String message(Context ctx) {
        String done = ctx.queryParam("done");
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "Reminder added.";
            case "saved" -> "Reminder saved.";
            case "deleted" -> "Reminder deleted.";
            case "suggested" -> suggested(ctx.queryParam("added"), ctx.queryParam("skipped"));
            default -> null;
        };
    }

    private static String suggested(String added, String skipped) {
        if (added == null || !added.matches("\\d{1,3}") || skipped == null || !skipped.matches("\\d{1,3}")) {
            return null;
        }
        String text = switch (Integer.parseInt(added)) {
            case 0 -> "No new reminders were needed";
            case 1 -> "Added 1 reminder from your plan";
            default -> "Added " + added + " reminders from your plan";
        };
        return text + (skipped.equals("0") ? "." : " (" + skipped + " you already had).");
    }

    private Reminder find(Context ctx) {
        return store.find(Visitor.owner(ctx), ctx.pathParam("id")).orElseThrow(() -> Problem.notFound("id",
                "There is no reminder with that address. It may have been deleted.").raise().back(Paths.REMINDERS, "Back to your reminders"));
    }
}
