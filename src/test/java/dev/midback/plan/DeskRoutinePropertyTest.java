package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Desk breaks of 2, 5, 10 and 15 minutes for people drawn at random from seeds, at any level, with
 * any props beside the chair and any screening answers that still allow a routine: each break fills
 * its minutes within 10%, and no exercise comes twice in a row.
 */
class DeskRoutinePropertyTest {

    private static final List<Integer> MINUTES = List.of(2, 5, 10, 15);
    /** The answers that may leave a routine possible: any but the red flags. */
    private static final List<Question> ALLOWING = List.of(Question.values()).stream().filter(q -> !q.isRedFlag()).toList();

    private static RoutinePlanner planner;

    @BeforeAll
    static void load() {
        Catalog catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(Long.getLong("desk.seeds.from", 1), Long.getLong("desk.seeds.to", 400));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDeskBreakFillsItsMinutesWithNoExerciseTwiceInARow(long seed) {
        PlanRequest request = request(seed);
        Routine routine = planner.plan(request, History.EMPTY);
        String who = describe(seed, request) + "\n" + RoutineListing.of(routine);
        int asked = request.minutes() * 60;

        assertThat(routine.verdict()).as(who).isNotEqualTo(Verdict.STOP);
        assertThat(routine.totalSeconds()).as("within 10%% of %d s: %s", asked, who)
                .isBetween((int) Math.ceil(asked * 0.9), (int) Math.floor(asked * 1.1));
        List<RoutineItem> items = routine.items();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).exerciseId()).as("item %d after item %d: %s", i + 1, i, who)
                    .isNotEqualTo(items.get(i - 1).exerciseId());
        }
    }

    /** A desk request from a seed: one of the four lengths, any level, some props, some answers that allow a routine, pain 0-9. */
    private static PlanRequest request(long seed) {
        Random random = new Random(seed);
        int minutes = MINUTES.get(random.nextInt(MINUTES.size()));
        Level level = Level.values()[random.nextInt(Level.values().length)];
        Set<Prop> props = EnumSet.of(Prop.CHAIR);
        for (Prop prop : Prop.values()) {
            if (random.nextInt(10) < 3) {
                props.add(prop);
            }
        }
        Set<Question> yes = EnumSet.noneOf(Question.class);
        for (Question q : ALLOWING) {
            if (random.nextInt(100) < 15) {
                yes.add(q);
            }
        }
        if (yes.contains(Question.OSTEOPOROSIS) || yes.contains(Question.LONG_TERM_STEROIDS)) {
            yes.remove(Question.RECENT_INJURY); // an injury on fragile bones is a possible fracture: no routine
        }
        PainToday pain = new PainToday(random.nextInt(10), false);
        return new PlanRequest(minutes, Place.DESK, props, level, pain, new Answers(yes));
    }

    private static String describe(long seed, PlanRequest r) {
        return "seed " + seed + ": " + r.minutes() + " min at a desk, " + r.level().id() + ", pain " + r.pain().level()
                + ", props " + r.props().stream().map(Prop::id).sorted().collect(Collectors.joining(","))
                + ", yes to [" + r.answers().yes().stream().map(Question::id).sorted().collect(Collectors.joining(",")) + "]";
    }
}
