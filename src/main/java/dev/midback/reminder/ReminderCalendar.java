package dev.midback.reminder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The reminders as an iCalendar (RFC 5545) that calendar apps subscribe to: one weekly event per
 * reminder that is on, starting on its first day from when it was made, with a pop-up alarm at the
 * start. Each time zone used gets its VTIMEZONE; a zone the library has no definition for is
 * written in UTC, its days moved when UTC falls on another day.
 */
public final class ReminderCalendar {

    public static final String PRODUCT = "-//Midback//Reminders 1.0//EN";
    public static final String NAME = "Midback reminders";
    private static final java.time.Duration REFRESH = java.time.Duration.ofHours(1);
    /** RFC 5545 wants at least one component: with no event, the calendar carries this zone's VTIMEZONE. */
    private static final String EMPTY_ZONE = "Etc/UTC";

    /** The calendar as text: checked against RFC 5545 as it is written, long lines folded, lines ending in CRLF. */
    public String write(List<Reminder> reminders) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(build(reminders), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public Calendar build(List<Reminder> reminders) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(NAME));
        calendar.add(new XProperty("X-WR-CALNAME", NAME));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        List<VEvent> events = reminders.stream().filter(Reminder::enabled).map(r -> event(r, registry, zones)).toList();
        if (events.isEmpty()) {
            VTimeZone utc = registry.getTimeZone(EMPTY_ZONE).getVTimeZone();
            zones.put(EMPTY_ZONE, utc);
        }
        zones.values().forEach(calendar::add);
        events.forEach(calendar::add);
        return calendar;
    }

    private static VEvent event(Reminder r, TimeZoneRegistry registry, Map<String, VTimeZone> zones) {
        LocalDate first = r.firstDayFrom(r.created().atZone(r.zone()).toLocalDate());
        ZonedDateTime local = ZonedDateTime.of(first, r.time(), r.zone());
        Temporal start;
        List<DayOfWeek> days = r.days();
        TimeZone defined = isUtc(r.zone()) ? null : registry.getTimeZone(r.zone().getId());
        if (defined != null && zoneOf(defined) != null) {
            VTimeZone vtimezone = defined.getVTimeZone();
            zones.putIfAbsent(vtimezone.getTimeZoneId().getValue(), vtimezone);
            start = local.withZoneSameLocal(zoneOf(defined));
        } else {
            Instant utc = local.toInstant();
            long shift = utc.atZone(ZoneId.of("UTC")).toLocalDate().toEpochDay() - first.toEpochDay();
            days = days.stream().map(d -> d.plus(shift)).sorted().toList();
            start = utc;
        }
        VEvent event = new VEvent(start, java.time.Duration.ofMinutes(r.kind().minutes()), r.label());
        event.replace(new DtStamp(r.changed()));
        event.add(new Uid(r.id() + "@midback"));
        event.add(new Description(r.kind().description()));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(new RRule<>(new Recur.Builder<Temporal>()
                .frequency(Frequency.WEEKLY)
                .dayList(days.stream().map(d -> WeekDay.getWeekDay(d)).toList())
                .build()));
        VAlarm alarm = new VAlarm(java.time.Duration.ZERO);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(r.label()));
        event.add(alarm);
        return event;
    }

    /** The Java zone named by the definition's TZID, so DTSTART and VTIMEZONE carry the same name. */
    private static ZoneId zoneOf(TimeZone defined) {
        String tzid = defined.getVTimeZone().getTimeZoneId().getValue();
        return Zones.isKnown(tzid) ? ZoneId.of(tzid) : null;
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() == 0;
    }
}
