package dev.midback.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** A routine in the JSON shape that {@code plan --json} and the API share. */
public final class RoutineDocument {

    private RoutineDocument() {
    }

    public static Map<String, Object> of(Routine routine) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("verdict", routine.verdict().id());
        doc.put("advice", routine.advice());
        doc.put("totalSeconds", routine.totalSeconds());
        doc.put("items", routine.items().stream().map(RoutineDocument::item).toList());
        return doc;
    }

    private static Map<String, Object> item(RoutineItem item) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exerciseId", item.exerciseId());
        doc.put("name", item.name());
        doc.put("phase", item.phase().id());
        doc.put("dosage", dosage(item));
        doc.put("seconds", item.seconds());
        doc.put("reason", item.reason());
        doc.put("keyCaution", item.keyCaution());
        doc.put("swaps", item.swaps().stream().map(RoutineDocument::swap).toList());
        if (item.swaps().isEmpty()) {
            doc.put("noSwapReason", item.noSwapReason());
        }
        return doc;
    }

    private static Map<String, Object> swap(RoutineItem.SwapOption option) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exerciseId", option.exerciseId());
        doc.put("name", option.name());
        return doc;
    }

    private static Map<String, Object> dosage(RoutineItem item) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("unit", item.unit().id());
        doc.put("amount", item.amount());
        doc.put("sets", item.sets());
        doc.put("perSide", item.perSide());
        return doc;
    }
}
