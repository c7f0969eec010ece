package dev.midback.web.reminder;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Level;
import dev.midback.input.Checked;
import dev.midback.journal.Journal;
import dev.midback.plan.Fit;
import dev.midback.plan.Place;
import dev.midback.plan.Week;
import dev.midback.plan.WeeklySchedule;
import dev.midback.reminder.PlanReminders;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderInput;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Suggestion;
import dev.midback.reminder.Zones;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.web.http.ExternalAddress;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;

/** The reminders page: list, add, change, delete, and reminders suggested from the plan; no JavaScript needed. */
public final class ReminderPageHandlers {

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
        show(ctx, 200, message(ctx), pages.suggest(week(ctx), Suggestion.usual(zone()), null, null), pages.blank(zone()));
    }

    public void add(Context ctx) {
        ReminderInput input = formInput(ctx);
        Checked<Reminder> checked = input.check(UUID.randomUUID().toString(), ZoneId.of(zone()), clock.instant(), clock.instant());
        if (!checked.isValid()) {
            show(ctx, 400, null, pages.suggest(week(ctx), Suggestion.usual(zone()), null, null),
                    pages.form(ReminderPages.ADD, Paths.REMINDERS, "Add reminder", input, checked.field(), checked.problem()));
            return;
        }
        store.add(Visitor.owner(ctx), checked.value());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=added");
    }

    public void edit(Context ctx) {
        Reminder reminder = find(ctx);
        html.html(ctx, 200, "reminder/edit.jte", pages.edit(reminder, pages.filled(reminder)));
    }

    public void save(Context ctx) {
        Reminder old = find(ctx);
        ReminderInput input = formInput(ctx);
        Checked<Reminder> checked = input.check(old.id(), ZoneId.of(zone()), old.created(), clock.instant());
        if (!checked.isValid()) {
            html.html(ctx, 400, "reminder/edit.jte", pages.edit(old, pages.form(ReminderPages.EDIT,
                    Paths.reminderEdit(old.id()), "Save changes", input, checked.field(), checked.problem())));
            return;
        }
        store.replace(Visitor.owner(ctx), checked.value());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=saved");
    }

    public void delete(Context ctx) {
        store.delete(Visitor.owner(ctx), find(ctx).id());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=deleted");
    }

    /** Adds the plan's reminders, leaving out any that come at the same moments as one already kept. */
    public void suggest(Context ctx) {
        Suggestion suggestion = new Suggestion(ctx.formParam("sessionTime"), ctx.formParam("workStarts"), ctx.formParam("workEnds"),
                typedZone(ctx));
        Week week = week(ctx);
        Checked<Suggestion.Times> times = suggestion.check(ZoneId.of(zone()));
        if (!times.isValid()) {
            show(ctx, 400, null, pages.suggest(week, suggestion, times.field(), times.problem()), pages.blank(zone()));
            return;
        }
        String owner = Visitor.owner(ctx);
        PlanReminders.Additions additions = PlanReminders.additions(week, times.value(), store.list(owner),
                () -> UUID.randomUUID().toString(), clock.instant());
        store.addAll(owner, additions.reminders());
        responses.seeOther(ctx, Paths.REMINDERS + "?done=suggested&added=" + additions.reminders().size()
                + "&skipped=" + additions.skipped());
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
        return new ReminderInput(ctx.formParam("kind"), ctx.formParams("days"), ctx.formParam("time"), typedZone(ctx),
                ctx.formParam("label"), ctx.formParam("enabled") != null);
    }

    /** The time zone field as typed, without spaces around it; an empty field names no zone. */
    private static String typedZone(Context ctx) {
        String typed = ctx.formParam("timeZone");
        return typed == null || typed.isBlank() ? null : typed.strip();
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
