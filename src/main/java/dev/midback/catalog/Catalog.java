package dev.midback.catalog;

import dev.midback.text.EditDistance;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The exercises and the guide, with look-up by id, name or alias. */
public final class Catalog {

    private final List<Exercise> exercises;
    private final Guide guide;
    private final Map<String, Exercise> byKey = new HashMap<>();

    Catalog(List<Exercise> exercises, Guide guide) {
        this.exercises = List.copyOf(exercises);
        this.guide = guide;
        for (Exercise exercise : exercises) {
            byKey.put(Names.key(exercise.id()), exercise);
            exercise.names().forEach(name -> byKey.putIfAbsent(Names.key(name), exercise));
        }
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public Guide guide() {
        return guide;
    }

    /** The exercise with this id, name or alias, whatever the case. */
    public Optional<Exercise> find(String idOrName) {
        Exercise byId = byKey.get(idOrName);
        return byId != null ? Optional.of(byId) : Optional.ofNullable(byKey.get(Names.key(idOrName)));
    }

    public Exercise require(String idOrName) {
        return find(idOrName).orElseThrow(() -> new NoSuchElementException("no exercise called " + idOrName));
    }

    public List<Exercise> search(ExerciseQuery query) {
        return exercises.stream().filter(query::matches).toList();
    }

    /** The ids of the exercises whose names come closest to what was typed, best first. */
    public List<String> suggest(String typed, int limit) {
        String wanted = Names.key(typed);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            int score = exercise.names().stream()
                    .mapToInt(name -> closeness(wanted, Names.key(name)))
                    .min().orElse(Integer.MAX_VALUE);
            best.put(exercise.id(), Math.min(score, closeness(wanted, exercise.id())));
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int closeness(String typed, String key) {
        if (!typed.isEmpty() && (key.contains(typed) || typed.contains(key))) {
            return Math.abs(key.length() - typed.length()) / 4;
        }
        return EditDistance.between(typed, key);
    }
}
