package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.DosageUnit;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan object of {@code plan --json} and the API, key by key and in order. */
class RoutineDocumentTest {

    @Test
    void theRoutineHasTheDesignsShapeWithKeysInOrder() {
        Routine routine = new Routine(new SafetyScreen().screen(Answers.yesTo(Question.OSTEOPOROSIS), PainToday.NONE), List.of("Go gently."), 80, List.of(
                new RoutineItem("cat-cow", "Cat-cow", Phase.WARM_UP, DosageUnit.REPS, 5, 1, false, 50, "warm-up: loosens",
                        "Keep the rounded shape small.", List.of(new RoutineItem.SwapOption("thread-the-needle", "Thread the needle")), null),
                new RoutineItem("seated-twist", "Seated twist", Phase.COOL_DOWN, DosageUnit.SECONDS, 10, 1, true, 30, "cool-down")));
        Map<String, Object> doc = RoutineDocument.of(routine);
        assertThat(doc.keySet()).containsExactly("verdict", "advice", "totalSeconds", "items");
        assertThat(doc).containsEntry("verdict", "caution").containsEntry("advice", List.of("Go gently.")).containsEntry("totalSeconds", 80);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) doc.get("items");
        assertThat(items.get(0).keySet()).containsExactly("exerciseId", "name", "phase", "dosage", "seconds", "reason", "keyCaution", "swaps");
        assertThat(items.get(0)).containsEntry("exerciseId", "cat-cow").containsEntry("name", "Cat-cow")
                .containsEntry("phase", "warm-up").containsEntry("seconds", 50).containsEntry("reason", "warm-up: loosens")
                .containsEntry("keyCaution", "Keep the rounded shape small.")
                .containsEntry("swaps", List.of(Map.of("exerciseId", "thread-the-needle", "name", "Thread the needle")));
        assertThat(items.get(1).keySet()).as("an item with no swaps says why")
                .containsExactly("exerciseId", "name", "phase", "dosage", "seconds", "reason", "keyCaution", "swaps", "noSwapReason");
        @SuppressWarnings("unchecked")
        Map<String, Object> dosage = (Map<String, Object>) items.get(0).get("dosage");
        assertThat(dosage.keySet()).containsExactly("unit", "amount", "sets", "perSide");
        assertThat(dosage).containsEntry("unit", "reps").containsEntry("amount", 5).containsEntry("sets", 1).containsEntry("perSide", false);
        assertThat(items.get(1)).containsEntry("phase", "cool-down");
        @SuppressWarnings("unchecked")
        Map<String, Object> sided = (Map<String, Object>) items.get(1).get("dosage");
        assertThat(sided).containsEntry("unit", "seconds").containsEntry("perSide", true);
    }

    @Test
    void aStoppedRoutineStillHasEveryKey() {
        Map<String, Object> doc = RoutineDocument.of(new Routine(new SafetyScreen().screen(Answers.yesTo(Question.NIGHT_PAIN), PainToday.NONE), List.of("See a doctor soon."), 0, List.of()));
        assertThat(doc).containsEntry("verdict", "stop").containsEntry("totalSeconds", 0).containsEntry("items", List.of());
    }
}
