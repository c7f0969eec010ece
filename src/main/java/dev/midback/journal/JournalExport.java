package dev.midback.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's journal as a file to keep or to move: {@code { format, version, exportedAt, journal }}. */
public final class JournalExport {

    public static final String FORMAT = "midback";
    public static final int VERSION = 1;

    private JournalExport() {
    }

    public static Map<String, Object> of(List<JournalEntry> entries, Instant now) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("exportedAt", now.toString());
        doc.put("journal", entries.stream().map(JournalDocument::of).toList());
        return doc;
    }
}
