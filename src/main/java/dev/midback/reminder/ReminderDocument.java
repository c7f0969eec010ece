package dev.midback.reminder;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reminder as the API sends it: {@code { id, kind, days, time, timeZone, label, enabled }}. */
public final class ReminderDocument {

    private ReminderDocument() {
    }

    public static Map<String, Object> of(Reminder r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", r.id());
        doc.put("kind", r.kind().id());
        doc.put("days", r.days().stream().map(Weekdays::code).toList());
        doc.put("time", r.clock());
        doc.put("timeZone", r.zone().getId());
        doc.put("label", r.label());
        doc.put("enabled", r.enabled());
        return doc;
    }
}
