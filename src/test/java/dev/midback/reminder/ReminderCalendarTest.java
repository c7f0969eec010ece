package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed read back the way a calendar app reads it (ical4j's parser): the events, their
 * weekly rules, time zones and alarms, and the days they fall on.
 */
class ReminderCalendarTest {

    private static final Instant MADE = Instant.parse("2026-01-07T10:00:00Z"); // a Wednesday
    private static final Instant CHANGED = Instant.parse("2026-01-08T09:15:00Z");

    private static Reminder reminder(String id, ReminderKind kind, String time, String zone, boolean enabled, DayOfWeek... days) {
        return new Reminder(id, kind, List.of(days), LocalTime.parse(time), ZoneId.of(zone), kind.defaultLabel() + " " + id,
                enabled, MADE, CHANGED);
    }

    private static final Reminder SESSIONS = reminder("a1", ReminderKind.SESSION, "08:00", "Europe/Berlin", true,
            DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    private static final Reminder BREAK = reminder("b2", ReminderKind.DESK_BREAK, "15:00", "America/New_York", true,
            DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    private static Calendar readBack(List<Reminder> reminders) throws Exception {
        String text = new ReminderCalendar().write(reminders);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    private static VEvent event(Calendar calendar, String id) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(id + "@midback")).orElse(false))
                .findFirst().orElseThrow();
    }

    private static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void eachReminderThatIsOnIsAWeeklyEventWithItsDaysLengthAndWords() throws Exception {
        Reminder off = reminder("c3", ReminderKind.SESSION, "19:00", "Europe/Berlin", false, DayOfWeek.SUNDAY);
        Calendar calendar = readBack(List.of(SESSIONS, BREAK, off));

        assertThat(value(calendar, Property.PRODID)).isEqualTo(ReminderCalendar.PRODUCT);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(2);

        VEvent sessions = event(calendar, "a1");
        assertThat(value(sessions, Property.SUMMARY)).isEqualTo("Mid-back routine a1");
        assertThat(value(sessions, Property.DESCRIPTION)).contains("routine", "stop");
        assertThat(value(sessions, Property.DURATION)).isEqualTo("PT15M");
        assertThat(value(sessions, Property.DTSTAMP)).isEqualTo("20260108T091500Z");
        assertThat(value(sessions, Property.TRANSP)).isEqualTo("TRANSPARENT");
        Recur<?> rule = sessions.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur();
        assertThat(rule.getFrequency().name()).isEqualTo("WEEKLY");
        assertThat(rule.getDayList()).containsExactly(WeekDay.MO, WeekDay.WE, WeekDay.FR);
        assertThat(rule.getCount()).isLessThan(1);
        assertThat(rule.getUntil()).isNull();

        VEvent deskBreak = event(calendar, "b2");
        assertThat(value(deskBreak, Property.DURATION)).isEqualTo("PT5M");
        assertThat(value(deskBreak, Property.DESCRIPTION)).contains("posture").doesNotContain("routine");
    }

    @Test
    void eachEventHasADisplayAlarmAtItsStart() throws Exception {
        for (VEvent event : readBack(List.of(SESSIONS, BREAK)).<VEvent>getComponents(Component.VEVENT)) {
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(java.time.Duration.parse(value(alarms.get(0), Property.TRIGGER))).isZero();
            assertThat(value(alarms.get(0), Property.DESCRIPTION)).isEqualTo(value(event, Property.SUMMARY));
        }
    }

    @Test
    void startsAreInTheRemindersTimeZoneEachWithItsVtimezone() throws Exception {
        Calendar calendar = readBack(List.of(SESSIONS, BREAK));
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(z -> z.getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("Europe/Berlin", "America/New_York");

        Property start = event(calendar, "a1").getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).hasValue("Europe/Berlin");
        // made on Wednesday 7 January: the first Monday, Wednesday or Friday from then is that Wednesday
        assertThat(start.getValue()).isEqualTo("20260107T080000");
        ZonedDateTime first = (ZonedDateTime) event(calendar, "a1").getDateTimeStart().getDate();
        assertThat(first.toInstant()).isEqualTo(Instant.parse("2026-01-07T07:00:00Z"));
    }

    @Test
    void aWeeksOccurrencesFallOnTheDaysAtTheLocalTimeAcrossTheClockChange() throws Exception {
        VEvent sessions = event(readBack(List.of(SESSIONS)), "a1");
        // Berlin moves to summer time on Sunday 29 March 2026: 08:00 is 07:00 UTC before, 06:00 UTC after
        assertThat(occurrences(sessions, "2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z")).containsExactly(
                Instant.parse("2026-03-23T07:00:00Z"), Instant.parse("2026-03-25T07:00:00Z"), Instant.parse("2026-03-27T07:00:00Z"));
        assertThat(occurrences(sessions, "2026-03-30T00:00:00Z", "2026-04-06T00:00:00Z")).containsExactly(
                Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-04-01T06:00:00Z"), Instant.parse("2026-04-03T06:00:00Z"));

        @SuppressWarnings("unchecked")
        Recur<ZonedDateTime> rule = (Recur<ZonedDateTime>) sessions.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur();
        ZonedDateTime seed = (ZonedDateTime) sessions.getDateTimeStart().getDate();
        List<ZonedDateTime> week = rule.getDates(seed, ZonedDateTime.parse("2026-06-08T00:00:00+02:00[Europe/Berlin]"),
                ZonedDateTime.parse("2026-06-14T23:59:00+02:00[Europe/Berlin]"));
        assertThat(week).extracting(ZonedDateTime::getDayOfWeek)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(week).extracting(d -> d.withZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime())
                .containsOnly(LocalTime.of(8, 0));
    }

    @Test
    void aZoneWithoutADefinitionIsWrittenInUtcWithItsDaysMovedWhereUtcIsTheNextDay() throws Exception {
        // SystemV/EST5 is five hours behind UTC all year; the library has no VTIMEZONE for it
        Reminder late = reminder("d4", ReminderKind.DESK_BREAK, "22:00", "SystemV/EST5", true, DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        Calendar calendar = readBack(List.of(late));
        VEvent event = event(calendar, "d4");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
        assertThat(event.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur().getDayList())
                .containsExactly(WeekDay.MO, WeekDay.TU);
        assertThat(occurrences(event, "2026-02-01T00:00:00Z", "2026-02-08T00:00:00Z")).containsExactly(
                Instant.parse("2026-02-02T03:00:00Z"), Instant.parse("2026-02-03T03:00:00Z"));
    }

    @Test
    void anOlderNameForAZoneIsWrittenUnderTheNameOfItsDefinition() throws Exception {
        Calendar calendar = readBack(List.of(reminder("g7", ReminderKind.SESSION, "07:00", "US/Eastern", true, DayOfWeek.MONDAY)));
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly("America/New_York");
        Property start = event(calendar, "g7").getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter("TZID").map(p -> p.getValue())).hasValue("America/New_York");
        assertThat(occurrences(event(calendar, "g7"), "2026-07-06T00:00:00Z", "2026-07-07T00:00:00Z"))
                .containsExactly(Instant.parse("2026-07-06T11:00:00Z"));
    }

    @Test
    void aReminderInUtcNeedsNoVtimezone() throws Exception {
        Calendar calendar = readBack(List.of(reminder("e5", ReminderKind.SESSION, "06:15", "UTC", true, DayOfWeek.SATURDAY)));
        assertThat(value(event(calendar, "e5"), Property.DTSTART)).isEqualTo("20260110T061500Z");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
    }

    @Test
    void anEmptyCalendarIsStillAValidOne() throws Exception {
        Calendar calendar = readBack(List.of(reminder("f6", ReminderKind.SESSION, "06:15", "UTC", false, DayOfWeek.SATURDAY)));
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(ReminderCalendar.NAME);
    }

    @Test
    void theSameRemindersGiveTheSameFeed() {
        assertThat(new ReminderCalendar().write(List.of(SESSIONS, BREAK))).isEqualTo(new ReminderCalendar().write(List.of(SESSIONS, BREAK)));
    }

    private static List<Instant> occurrences(VEvent event, String from, String to) {
        Period<Temporal> window = new Period<>(Instant.parse(from).atZone(ZoneId.of("UTC")), Instant.parse(to).atZone(ZoneId.of("UTC")));
        return event.calculateRecurrenceSet(window).stream()
                .map(p -> Instant.from(p.getStart()))
                .sorted()
                .toList();
    }
}
