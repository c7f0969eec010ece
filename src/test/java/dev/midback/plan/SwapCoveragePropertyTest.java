package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.safety.SafetyScreen;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over many people drawn at random from seeds, most items of their routines can be swapped during the session. */
class SwapCoveragePropertyTest {

    private static final long PEOPLE = 1000;
    private static Catalog catalog;
    private static RoutinePlanner planner;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
        planner = new RoutinePlanner(catalog, new SafetyScreen());
    }

    @Test
    void atLeastFourInFiveItemsOfGeneratedRoutinesOfferASwap() {
        List<RoutineItem> items = LongStream.rangeClosed(1, PEOPLE).mapToObj(seed -> Profile.random(seed, catalog))
                .flatMap(p -> planner.plan(p.request(), p.history()).items().stream()).toList();
        long offered = items.stream().filter(i -> !i.swaps().isEmpty()).count();
        Map<String, Long> without = new TreeMap<>(items.stream().filter(i -> i.swaps().isEmpty())
                .collect(Collectors.groupingBy(i -> i.exerciseId() + " (" + i.phase().id() + "): " + i.noSwapReason(),
                        Collectors.counting())));
        assertThat(items).as("routines with items").hasSizeGreaterThan(1000);
        assertThat(offered * 100.0 / items.size()).as(offered + " of " + items.size() + " items offer a swap; without one: " + without)
                .isGreaterThanOrEqualTo(80.0);
    }
}
