package dev.midback.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exercise in the JSON shape that the API and {@code exercises --json} share. */
public final class ExerciseDocument {

    private ExerciseDocument() {
    }

    public static Map<String, Object> of(Exercise e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", e.id());
        doc.put("name", e.name());
        doc.put("aliases", e.aliases());
        doc.put("kind", e.kind().id());
        doc.put("position", e.position().id());
        doc.put("needs", e.needs().stream().map(choice -> ids(choice.anyOf())).toList());
        doc.put("optional", ids(e.optional()));
        doc.put("movements", ids(e.movements()));
        doc.put("regions", ids(e.regions()));
        doc.put("level", e.level().id());
        doc.put("demands", ids(e.demands()));
        doc.put("summary", e.summary());
        doc.put("setup", e.setup());
        doc.put("dosage", dosage(e.dosage()));
        doc.put("perSide", e.perSide());
        doc.put("steps", e.steps());
        doc.put("breathing", e.breathing());
        doc.put("cautions", e.cautions());
        doc.put("variants", e.variants().stream()
                .map(v -> ordered("id", v.exerciseId(), "relation", v.relation().id())).toList());
        doc.put("modifications", e.modifications().stream()
                .map(m -> ordered("name", m.name(), "effect", m.effect().id(), "text", m.text())).toList());
        doc.put("prerequisites", e.prerequisites());
        doc.put("instructorFirst", e.instructorFirst());
        doc.put("sources", e.sources().stream()
                .map(s -> ordered("seed", s.seed(), "title", s.title(), "url", s.url(), "fact", s.fact())).toList());
        return doc;
    }

    private static Map<String, Object> dosage(Dosage d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("unit", d.unit().id());
        doc.put("default", d.defaultAmount());
        doc.put("min", d.min());
        doc.put("max", d.max());
        doc.put("minSets", d.minSets());
        doc.put("sets", d.sets());
        doc.put("maxSets", d.maxSets());
        if (d.countsRepetitions()) {
            doc.put("secondsEach", d.secondsEach());
        }
        return doc;
    }

    /** Keys and values in the order given, so the same exercise is the same bytes on every start. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<String> ids(List<? extends Coded> members) {
        return members.stream().map(Coded::id).toList();
    }
}
