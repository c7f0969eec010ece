package dev.midback.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * A person's journal as a file to keep or to move: {@code { format, version, exportedAt, journal }},
 * the entries oldest first in the shape of {@link JournalDocument}.
 */
public final class JournalExport {

    public static final String FORMAT = "midback";
    public static final int VERSION = 1;

    private JournalExport() {
    }

    /**
     * Writes the owner's export as it reads the journal from the store, a page at a time, so no
     * journal is ever held whole. Entries an older version stored with a time outside the window
     * every face accepts are left out, since no import could take them back.
     */
    public static void write(JsonGenerator json, JournalStore store, String owner, Instant now) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("exportedAt", now.toString());
        json.writeArrayFieldStart("journal");
        try {
            store.each(owner, JournalStore.Order.OLDEST_FIRST, JournalStore.Window.sane(now), entry -> {
                try {
                    json.writeObject(JournalDocument.of(entry));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
