package dev.midback.web.reminder;

import dev.midback.input.Checked;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderCalendar;
import dev.midback.reminder.ReminderDocument;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Zones;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Visitor;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The reminders API and the calendar feed built from it; personal mode has one owner. */
public final class ReminderHandlers {

    public static final String FEED_FILE = "midback-reminders.ics";

    private final ReminderStore store;
    private final Clock clock;
    private final Responses responses;
    private final ReminderCalendar calendar = new ReminderCalendar();

    public ReminderHandlers(ReminderStore store, Clock clock, Responses responses) {
        this.store = store;
        this.clock = clock;
        this.responses = responses;
    }

    public void list(Context ctx) {
        responses.json(ctx, 200, store.list(Visitor.owner(ctx)).stream().map(ReminderDocument::of).toList());
    }

    public void show(Context ctx) {
        responses.json(ctx, 200, ReminderDocument.of(find(ctx)));
    }

    public void create(Context ctx) {
        ReminderBody body = parse(ctx.body());
        if (body.id() != null) {
            throw Problem.badField("id", "leave id out: the server gives each new reminder its id").raise();
        }
        Reminder reminder = checked(body, UUID.randomUUID().toString(), clock.instant());
        store.add(Visitor.owner(ctx), reminder);
        ctx.header("Location", "/api/reminders/" + reminder.id());
        responses.json(ctx, 201, ReminderDocument.of(reminder));
    }

    public void replace(Context ctx) {
        Reminder old = find(ctx);
        ReminderBody body = parse(ctx.body());
        if (body.id() != null && !body.id().equals(old.id())) {
            throw Problem.badField("id", "the id in the body differs from the one in the address").raise();
        }
        Reminder reminder = checked(body, old.id(), old.created());
        store.replace(Visitor.owner(ctx), reminder);
        responses.json(ctx, 200, ReminderDocument.of(reminder));
    }

    public void delete(Context ctx) {
        store.delete(Visitor.owner(ctx), find(ctx).id());
        responses.noContent(ctx);
    }

    /**
     * Every reminder that is on, as an iCalendar feed to subscribe to; with {@code ?download=1}, as
     * a file to save and import.
     */
    public void feed(Context ctx) {
        String download = ctx.queryParam("download");
        if (download != null && !download.equals("1") && !download.equals("0")) {
            throw Problem.badField("download", "download is 1 for a file to save, or left out for the feed").raise();
        }
        if ("1".equals(download)) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + FEED_FILE + "\"");
        }
        ctx.status(200).contentType("text/calendar; charset=utf-8").result(calendar.write(store.list(Visitor.owner(ctx))));
    }

    /** The feed at its secret address, for calendar apps that cannot sign in; 404 for an unknown secret. */
    public void privateFeed(Context ctx) {
        String owner = store.feedOwner(ctx.pathParam("token"))
                .orElseThrow(() -> Problem.notFound("token", "There is no calendar at this address.").raise());
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType("text/calendar; charset=utf-8").result(calendar.write(store.list(owner)));
    }

    private static ReminderBody parse(String text) {
        Checked<ReminderBody> body = ReminderBody.parse(text);
        if (!body.isValid()) {
            throw Problem.of(body).raise();
        }
        return body.value();
    }

    /** The reminder the body describes, or refused naming the field. */
    private Reminder checked(ReminderBody body, String id, Instant created) {
        Checked<Reminder> checked = body.input().check(id, defaultZone(), created, clock.instant());
        if (!checked.isValid()) {
            throw Problem.of(checked).raise();
        }
        return checked.value();
    }

    private ZoneId defaultZone() {
        return ZoneId.of(Zones.idOf(clock.getZone()));
    }

    private Reminder find(Context ctx) {
        String id = ctx.pathParam("id");
        return store.find(Visitor.owner(ctx), id)
                .orElseThrow(() -> Problem.notFound("id", "no reminder has the id '" + id + "'").raise());
    }
}
