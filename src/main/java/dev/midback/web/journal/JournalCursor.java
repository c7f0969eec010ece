package dev.midback.web.journal;

import dev.midback.input.Checked;
import dev.midback.journal.JournalStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where the next page of {@code GET /api/journal} starts, as an opaque text for the {@code cursor}
 * parameter: the time and id of the last entry sent, in URL-safe Base64. A cursor is only ever a
 * place in the person's own journal, so one made up by hand reads nothing it should not.
 */
final class JournalCursor {

    static final String FIELD = "cursor";
    private static final int MOST_CHARACTERS = 200;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,36}");

    private JournalCursor() {
    }

    static String encode(JournalStore.Position position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((position.at() + " " + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Checked<JournalStore.Position> decode(String text) {
        Checked<JournalStore.Position> bad = Checked.bad(FIELD, "cursor must be the one given in the Link header of the page before");
        if (text == null || text.length() > MOST_CHARACTERS || !BASE64URL.matcher(text).matches()) {
            return bad;
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return bad;
        }
        int space = plain.indexOf(' ');
        if (space < 0 || !ID.matcher(plain.substring(space + 1)).matches()) {
            return bad;
        }
        try {
            return Checked.ok(new JournalStore.Position(Instant.parse(plain.substring(0, space)), plain.substring(space + 1)));
        } catch (DateTimeParseException e) {
            return bad;
        }
    }
}
