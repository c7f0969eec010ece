package dev.midback.journal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A journal entry in the JSON shape of the API and the data export. */
public final class JournalDocument {

    private JournalDocument() {
    }

    public static Map<String, Object> of(JournalEntry e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", e.id());
        doc.put("at", e.at().toString());
        doc.put("planId", e.planId());
        doc.put("items", e.items().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("exerciseId", i.exerciseId());
            item.put("done", i.done());
            item.put("amount", i.amount());
            return item;
        }).toList());
        doc.put("painBefore", e.painBefore());
        doc.put("painAfter", e.painAfter());
        doc.put("stiffness", e.stiffness());
        doc.put("notes", e.notes());
        doc.put("stoppedForPain", e.stoppedForPain());
        return doc;
    }
}
