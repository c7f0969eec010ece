package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.input.Checked;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reminder as typed is either kept whole or refused with the field at fault. */
class ReminderInputTest {

    private static final Instant NOW = Instant.parse("2026-01-07T10:00:00Z");
    private static final ZoneId SERVER = ZoneId.of("Europe/Paris");

    private static Checked<Reminder> check(String kind, String days, String time, String zone, String label) {
        List<String> dayList = days == null ? null : Arrays.asList(days.split(",", -1));
        return new ReminderInput(kind, dayList, time, zone, label, null).check("r1", SERVER, NOW, NOW);
    }

    @Test
    void aFullReminderIsKeptAsGiven() {
        Checked<Reminder> checked = new ReminderInput("desk-break", List.of("FR", "MO"), "16:45", "America/New_York",
                "  Stand and breathe ", false).check("r1", SERVER, NOW, NOW);
        Reminder r = checked.value();
        assertThat(r.kind()).isEqualTo(ReminderKind.DESK_BREAK);
        assertThat(r.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(r.time()).isEqualTo(LocalTime.of(16, 45));
        assertThat(r.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(r.label()).isEqualTo("Stand and breathe");
        assertThat(r.enabled()).isFalse();
    }

    @Test
    void leftOutPartsTakeTheServersZoneTheKindsLabelAndAreOn() {
        Reminder r = check("session", "WE", "07:30", null, " ").value();
        assertThat(r.zone()).isEqualTo(SERVER);
        assertThat(r.label()).isEqualTo("Mid-back routine");
        assertThat(r.enabled()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL       | MO       | 08:00 | NULL             | ok  | kind",
        "''         | MO       | 08:00 | NULL             | ok  | kind",
        "nap        | MO       | 08:00 | NULL             | ok  | kind",
        "' session' | MO       | 08:00 | NULL             | ok  | kind",
        "Session    | MO       | 08:00 | NULL             | ok  | kind",
        "session    | NULL     | 08:00 | NULL             | ok  | days",
        "session    | ''       | 08:00 | NULL             | ok  | days[0]",
        "session    | MO,      | 08:00 | NULL             | ok  | days[1]",
        "session    | MO,XX    | 08:00 | NULL             | ok  | days[1]",
        "session    | mo       | 08:00 | NULL             | ok  | days[0]",
        "session    | MO,TU,MO | 08:00 | NULL             | ok  | days[2]",
        "session    | MO       | NULL  | NULL             | ok  | time",
        "session    | MO       | ''    | NULL             | ok  | time",
        "session    | MO       | 24:00 | NULL             | ok  | time",
        "session    | MO       | 25:00 | NULL             | ok  | time",
        "session    | MO       | 12:60 | NULL             | ok  | time",
        "session    | MO       | 8:00  | NULL             | ok  | time",
        "session    | MO       | 7:3   | NULL             | ok  | time",
        "session    | MO       | 08:00:30 | NULL          | ok  | time",
        "session    | MO       | ' 08:00' | NULL          | ok  | time",
        "session    | MO       | 08:00 | ''               | ok  | timeZone",
        "session    | MO       | 08:00 | ' '              | ok  | timeZone",
        "session    | MO       | 08:00 | ' Europe/Berlin' | ok  | timeZone",
        "session    | MO       | 08:00 | europe/berlin    | ok  | timeZone",
        "session    | MO       | 08:00 | Europe/Nowhere   | ok  | timeZone",
        "session    | MO       | 08:00 | Mars/Olympus     | ok  | timeZone",
        "session    | MO       | 08:00 | +02:00           | ok  | timeZone",
        "session    | MO       | 08:00 | ical4j-local-1   | ok  | timeZone",
    })
    void badPartsAreNamed(String kind, String days, String time, String zone, String label, String field) {
        Checked<Reminder> checked = check(kind, days, time, zone, label);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.field()).isEqualTo(field);
        assertThat(checked.problem()).isNotBlank();
    }

    @ParameterizedTest(name = "NUL in {0}")
    @CsvSource({"kind", "days[1]", "time", "timeZone", "label"})
    void noFieldMayHoldNul(String field) {
        String nul = "\0";
        Checked<Reminder> checked = switch (field) {
            case "kind" -> check("session" + nul, "MO", "08:00", null, null);
            case "days[1]" -> check("session", "MO,TU" + nul, "08:00", null, null);
            case "time" -> check("session", "MO", "08:00" + nul, null, null);
            case "timeZone" -> check("session", "MO", "08:00", "UTC" + nul, null);
            default -> check("session", "MO", "08:00", null, "Stretch" + nul);
        };
        assertThat(checked.field()).isEqualTo(field);
        assertThat(checked.problem()).contains("NUL").doesNotContain(nul);
    }

    @Test
    void aLongRefusedValueIsNotRepeatedWhole() {
        String zone = "Europe/" + "x".repeat(493);
        Checked<Reminder> checked = check("session", "MO", "08:00", zone, null);
        assertThat(checked.field()).isEqualTo("timeZone");
        assertThat(checked.problem()).hasSizeLessThan(200);
        assertThat(check("x".repeat(10_000), "MO", "08:00", null, null).problem()).hasSizeLessThan(200);
    }

    @Test
    void aLabelHasAtMostAHundredCharactersOnOneLine() {
        assertThat(check("session", "MO", "08:00", null, "é".repeat(100)).isValid()).isTrue();
        assertThat(check("session", "MO", "08:00", null, "🧘".repeat(100)).isValid()).isTrue();
        Checked<Reminder> tooLong = check("session", "MO", "08:00", null, "a".repeat(101));
        assertThat(tooLong.field()).isEqualTo("label");
        assertThat(tooLong.problem()).contains("100", "101");
        assertThat(check("session", "MO", "08:00", null, "two\nlines").field()).isEqualTo("label");
        assertThat(check("session", "MO", "08:00", null, "two\u2028lines").field()).isEqualTo("label");
        assertThat(check("session", "MO", "08:00", null, "bell\u0007").field()).isEqualTo("label");
        assertThat(check("session", "MO", "08:00", null, "half \ud83e pair").field()).isEqualTo("label");
    }

    @Test
    void anEmptyListOfDaysIsRefused() {
        Checked<Reminder> checked = new ReminderInput("session", List.of(), "08:00", null, null, true).check("r1", SERVER, NOW, NOW);
        assertThat(checked.field()).isEqualTo("days");
    }

    @Test
    void aTimeIsReadOnlyAsHoursAndMinutes() {
        assertThat(ReminderInput.parseTime("00:00")).contains(LocalTime.MIDNIGHT);
        assertThat(ReminderInput.parseTime("23:59")).contains(LocalTime.of(23, 59));
        for (String bad : new String[] {"24:00", "7:3", "07:3", "7:30", "07:30:00", "0730", "07.30", "٠٧:٣٠", "", " "}) {
            assertThat(ReminderInput.parseTime(bad)).as(bad).isEmpty();
        }
        assertThat(ReminderInput.parseTime(null)).isEmpty();
    }
}
