package dev.midback.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.input.Checked;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Form bodies and query strings: read exactly, or refused naming the field, never patched up. */
class FormTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "notes=a+b%20c|a b c",
            "notes=%F0%9F%98%80|\uD83D\uDE00",
            "notes=caf\u00e9|caf\u00e9",
            "notes=|''"})
    void readsWhatWasSent(String raw, String expected) {
        Checked<Map<String, List<String>>> form = FormText.decode(raw);
        assertThat(form.isValid()).isTrue();
        assertThat(form.value().get("notes")).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes=a%00b", "notes=%FF", "notes=%C3%28", "notes=%E2%82", "notes=%ED%A0%80", "notes=%zz", "notes=%4",
            "notes=a\uFFFDb"})
    void refusesBrokenTextNamingTheField(String raw) {
        Checked<Map<String, List<String>>> form = FormText.decode("name=ok&" + raw);
        assertThat(form.isValid()).isFalse();
        assertThat(form.field()).isEqualTo("notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF=x", "a%00=x"})
    void refusesABrokenFieldName(String raw) {
        assertThat(FormText.decode(raw).field()).isEqualTo("body");
    }
}
