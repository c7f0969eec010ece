package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 300 people drawn at random from seeds: every routine keeps every rule. */
class RoutinePlannerPropertyTest {

    private static Catalog catalog;
    private static RoutinePlanner planner;
    private static RoutineRules rules;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
        rules = new RoutineRules(catalog);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(Long.getLong("plan.seeds.from", 1), Long.getLong("plan.seeds.to", 300));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRoutineKeepsEveryRule(long seed) {
        Profile profile = Profile.random(seed, catalog);
        Routine routine = planner.plan(profile.request(), profile.history());
        List<Executable> checks = new ArrayList<>();
        rules.all().forEach((name, rule) -> checks.add(() -> {
            try {
                rule.accept(profile, routine);
            } catch (AssertionError e) {
                throw new AssertionError("rule '" + name + "' broken for " + profile + "\n" + RoutineListing.of(routine)
                        + e.getMessage(), e);
            }
        }));
        checks.add(() -> assertThat(planner.plan(profile.request(), profile.history()))
                .as("same input, same routine: " + profile).isEqualTo(routine));
        assertAll(profile.toString(), checks);
    }

    @Test
    void theProfilesReachEveryVerdictAndManyShapes() {
        var routines = seeds().mapToObj(s -> Profile.random(s, catalog))
                .map(p -> planner.plan(p.request(), p.history())).toList();
        assertThat(routines).extracting(Routine::verdict).contains(
                dev.midback.safety.Verdict.GO, dev.midback.safety.Verdict.CAUTION, dev.midback.safety.Verdict.STOP);
        assertThat(routines).filteredOn(r -> r.items().size() >= 5).hasSizeGreaterThan(50);
        assertThat(routines).filteredOn(r -> r.advice().stream().anyMatch(a -> a.contains("easier than usual"))).isNotEmpty();
    }
}
