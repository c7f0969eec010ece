package dev.midback.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.input.Checked;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON bodies: text that is not text is refused with the field named, never stored as a question mark. */
class StrictJsonTest {

    private static final Set<String> FIELDS = Set.of("notes", "items");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"notes\": \"a\\u0000b\"}|notes",
            "{\"notes\": \"a\\ud83eb\"}|notes",
            "{\"notes\": \"\\udc00\"}|notes",
            "{\"items\": [{\"x\": \"ok\"}, {\"x\": \"\\ud83e\"}]}|items[1].x",
            "{\"notes\": \"a\", \"notes\": \"b\"}|body",
            "{\"notes\": \"a\"} {}|body",
            "{\"other\": 1}|other"})
    void refusesNamingTheField(String body, String field) {
        Checked<ObjectNode> read = StrictJson.object(body, FIELDS);
        assertThat(read.isValid()).isFalse();
        assertThat(read.field()).isEqualTo(field);
    }

    @Test
    void keepsAWholeSurrogatePair() {
        Checked<ObjectNode> read = StrictJson.object("{\"notes\": \"\\ud83e\\uddd8 and \uD83D\uDE00\"}", FIELDS);
        assertThat(read.isValid()).isTrue();
        assertThat(read.value().get("notes").textValue()).isEqualTo("\uD83E\uDDD8 and \uD83D\uDE00");
    }

    @Test
    void refusesAWholeNumberOutOfRangeWithoutWrappingIt() {
        Checked<ObjectNode> read = StrictJson.object("{\"notes\": 4294967301}", Set.of("notes"));
        Checked<Integer> number = StrictJson.whole(read.value(), "notes", 0, 10);
        assertThat(number.isValid()).isFalse();
        assertThat(number.problem()).contains("4294967301");
    }
}
