package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.input.Checked;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The choices made before reminders are suggested from the plan: checked, or the field at fault. */
class SuggestionTest {

    private static final ZoneId SERVER = ZoneId.of("Europe/Paris");

    @Test
    void theUsualChoicesAreASessionAtHalfPastSevenAndWorkFromNineToFive() {
        Suggestion.Times times = Suggestion.usual("Europe/Dublin").check(SERVER).value();
        assertThat(times).isEqualTo(new Suggestion.Times(LocalTime.of(7, 30), LocalTime.of(9, 0), LocalTime.of(17, 0),
                ZoneId.of("Europe/Dublin")));
    }

    @Test
    void noZoneNamedMeansTheServersByItsName() {
        assertThat(new Suggestion("07:30", "09:00", "17:00", null).check(SERVER).value().zone()).isEqualTo(SERVER);
        assertThat(new Suggestion("07:30", "09:00", "17:00", null).check(ZoneOffset.ofHours(2)).value().zone())
                .isEqualTo(ZoneId.of("Etc/GMT-2"));
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL  | 09:00 | 17:00 | NULL           | sessionTime",
        "''    | 09:00 | 17:00 | NULL           | sessionTime",
        "7.30  | 09:00 | 17:00 | NULL           | sessionTime",
        "24:00 | 09:00 | 17:00 | NULL           | sessionTime",
        "07:30 | 9:0   | 17:00 | NULL           | workStarts",
        "07:30 | NULL  | 17:00 | NULL           | workStarts",
        "07:30 | 09:00 | 7:3   | NULL           | workEnds",
        "07:30 | 09:00 | 24:00 | NULL           | workEnds",
        "07:30 | 09:00 | 17:00 | Europe/Nowhere | timeZone",
        "07:30 | 09:00 | 17:00 | ''             | timeZone",
        "07:30 | 09:00 | 17:00 | +01:00         | timeZone",
    })
    void eachChoiceIsReadStrictly(String session, String starts, String ends, String zone, String field) {
        Checked<Suggestion.Times> checked = new Suggestion(session, starts, ends, zone).check(SERVER);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.field()).isEqualTo(field);
        assertThat(checked.problem()).startsWith("Please");
    }

    @Test
    void workHasToEndAfterItStartsOnTheSameDay() {
        assertThat(new Suggestion("07:30", "17:00", "09:00", null).check(SERVER).field()).isEqualTo("workEnds");
        assertThat(new Suggestion("07:30", "09:00", "09:00", null).check(SERVER).field()).isEqualTo("workEnds");
        assertThat(new Suggestion("07:30", "22:00", "02:00", null).check(SERVER).field()).isEqualTo("workEnds");
        assertThat(new Suggestion("07:30", "09:00", "09:01", null).check(SERVER).isValid()).isTrue();
    }

    @Test
    void noChoiceMayHoldNul() {
        assertThat(new Suggestion("07:30\0", "09:00", "17:00", null).check(SERVER).field()).isEqualTo("sessionTime");
        assertThat(new Suggestion("07:30", "09:00", "17:00", "UTC\0").check(SERVER).field()).isEqualTo("timeZone");
    }

    @Test
    void aLongZoneIsNotRepeatedWhole() {
        Checked<Suggestion.Times> checked = new Suggestion("07:30", "09:00", "17:00", "z".repeat(500)).check(SERVER);
        assertThat(checked.field()).isEqualTo("timeZone");
        assertThat(checked.problem()).hasSizeLessThan(200);
    }
}
