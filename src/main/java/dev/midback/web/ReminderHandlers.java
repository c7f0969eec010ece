package dev.midback.web;

import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderCalendar;
import dev.midback.reminder.ReminderDocument;
import dev.midback.reminder.ReminderInput;
import dev.midback.reminder.ReminderStore;
import dev.midback.reminder.Zones;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** The reminders API and the calendar feed built from it; personal mode has one owner. */
final class ReminderHandlers {

    static final String FEED_FILE = "midback-reminders.ics";

    private final ReminderStore store;
    private final Clock clock;
    private final Responses responses;
    private final ReminderCalendar calendar = new ReminderCalendar();

    ReminderHandlers(ReminderStore store, Clock clock, Responses responses) {
        this.store = store;
        this.clock = clock;
        this.responses = responses;
    }

    void list(Context ctx) {
        responses.json(ctx, 200, store.list(Owner.of(ctx)).stream().map(ReminderDocument::of).toList());
    }

    void show(Context ctx) {
        find(ctx).ifPresent(r -> responses.json(ctx, 200, ReminderDocument.of(r)));
    }

    void create(Context ctx) {
        if (refusedOrigin(ctx)) {
            return;
        }
        ReminderBody body = ReminderBody.parse(ctx.body());
        if (body.problem() == null && body.id() != null) {
            responses.problem(ctx, Problem.badField("id", "leave id out: the server gives each new reminder its id"));
            return;
        }
        Instant now = clock.instant();
        checked(ctx, body, UUID.randomUUID().toString(), now).ifPresent(reminder -> {
            store.add(Owner.of(ctx), reminder);
            ctx.header("Location", "/api/reminders/" + reminder.id());
            responses.json(ctx, 201, ReminderDocument.of(reminder));
        });
    }

    void replace(Context ctx) {
        if (refusedOrigin(ctx)) {
            return;
        }
        Optional<Reminder> old = find(ctx);
        if (old.isEmpty()) {
            return;
        }
        ReminderBody body = ReminderBody.parse(ctx.body());
        if (body.problem() == null && body.id() != null && !body.id().equals(old.get().id())) {
            responses.problem(ctx, Problem.badField("id", "the id in the body differs from the one in the address"));
            return;
        }
        checked(ctx, body, old.get().id(), old.get().created()).ifPresent(reminder -> {
            store.replace(Owner.of(ctx), reminder);
            responses.json(ctx, 200, ReminderDocument.of(reminder));
        });
    }

    void delete(Context ctx) {
        if (refusedOrigin(ctx)) {
            return;
        }
        if (find(ctx).isPresent()) {
            store.delete(Owner.of(ctx), ctx.pathParam("id"));
            ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
            ctx.status(204);
        }
    }

    /**
     * Every reminder that is on, as an iCalendar feed to subscribe to; with {@code ?download=1}, as
     * a file to save and import.
     */
    void feed(Context ctx) {
        String download = ctx.queryParam("download");
        if (download != null && !download.equals("1") && !download.equals("0")) {
            responses.error(ctx, 400, "Unknown download choice", "download is 1 for a file to save, or left out for the feed.");
            return;
        }
        if ("1".equals(download)) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + FEED_FILE + "\"");
        }
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType("text/calendar; charset=utf-8").result(calendar.write(store.list(Owner.of(ctx))));
    }

    /** The feed at its secret address, for calendar apps that cannot sign in; 404 for an unknown secret. */
    void privateFeed(Context ctx) {
        Optional<String> owner = store.feedOwner(ctx.pathParam("token"));
        if (owner.isEmpty()) {
            responses.error(ctx, 404, "Not found", "There is no calendar at this address.");
            return;
        }
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType("text/calendar; charset=utf-8").result(calendar.write(store.list(owner.get())));
    }

    /** The reminder the body describes, or empty after answering 400 naming the field. */
    private Optional<Reminder> checked(Context ctx, ReminderBody body, String id, Instant created) {
        if (body.problem() != null) {
            responses.problem(ctx, body.problem());
            return Optional.empty();
        }
        ReminderInput.Checked checked = body.input().check(id, defaultZone(), created, clock.instant());
        if (!checked.isValid()) {
            responses.problem(ctx, Problem.badField(checked.field(), checked.problem()));
            return Optional.empty();
        }
        return Optional.of(checked.reminder());
    }

    private ZoneId defaultZone() {
        return ZoneId.of(Zones.idOf(clock.getZone()));
    }

    private Optional<Reminder> find(Context ctx) {
        Optional<Reminder> found = store.find(Owner.of(ctx), ctx.pathParam("id"));
        if (found.isEmpty()) {
            responses.problem(ctx, Problem.notFound("id", "no reminder has the id '" + ctx.pathParam("id") + "'"));
        }
        return found;
    }

    private boolean refusedOrigin(Context ctx) {
        if (SameOrigin.allows(ctx)) {
            return false;
        }
        responses.problem(ctx, new Problem(403, "Forbidden", "this change must come from Midback's own pages", "Origin"));
        return true;
    }
}
