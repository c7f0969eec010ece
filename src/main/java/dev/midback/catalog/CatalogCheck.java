package dev.midback.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks that need the whole catalog: file names, duplicate names and references. */
final class CatalogCheck {

    private final Map<String, Exercise> byFile;
    private final Set<String> ids;
    private final List<CatalogProblem> problems = new ArrayList<>();

    /** {@code declaredIds} holds the ids of every file, even those with problems, so one broken file does not break its neighbours' references. */
    CatalogCheck(Map<String, Exercise> byFile, Set<String> declaredIds) {
        this.byFile = byFile;
        this.ids = declaredIds;
    }

    List<CatalogProblem> problems() {
        Map<String, String> owners = new HashMap<>();
        byFile.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String file = entry.getKey();
            Exercise exercise = entry.getValue();
            if (!file.equals("exercises/" + exercise.id() + ".yaml")) {
                add(file, "id", "must match the file name (" + exercise.id() + ".yaml)");
            }
            claim(owners, file, "id", exercise.id());
            claim(owners, file, "name", exercise.name());
            for (int i = 0; i < exercise.aliases().size(); i++) {
                claim(owners, file, "aliases[" + i + "]", exercise.aliases().get(i));
            }
            for (int i = 0; i < exercise.variants().size(); i++) {
                reference(file, "variants[" + i + "].id", exercise.variants().get(i).exerciseId(), exercise, ids);
            }
            for (int i = 0; i < exercise.prerequisites().size(); i++) {
                reference(file, "prerequisites[" + i + "]", exercise.prerequisites().get(i), exercise, ids);
            }
        });
        return problems;
    }

    private void claim(Map<String, String> owners, String file, String field, String name) {
        String key = Names.key(name);
        String owner = owners.putIfAbsent(key, file + " " + field);
        if (owner != null && !owner.startsWith(file + " ")) {
            add(file, field, "duplicate name \"" + name + "\", already used by " + owner);
        }
    }

    private void reference(String file, String field, String id, Exercise exercise, Set<String> ids) {
        if (id.equals(exercise.id())) {
            add(file, field, "refers to the exercise itself");
        } else if (!ids.contains(id)) {
            add(file, field, "refers to no exercise of the catalog: " + id);
        }
    }

    private void add(String file, String field, String message) {
        problems.add(new CatalogProblem(file, field, message));
    }
}
