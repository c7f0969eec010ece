package dev.midback.bench;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.plan.History;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutinePlanner;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.SafetyScreen;
import dev.midback.session.Timeline;
import dev.midback.session.TimelineCompiler;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What compiling a routine into its timeline of cues costs (as {@code /api/plans/{id}/timeline}
 * and {@code midback go} do), for routines of 2 to 60 minutes with every prop. Run with
 * {@code bench/jmh TimelineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineBenchmark {

    @Param({"2", "20", "60"})
    public int minutes;

    private TimelineCompiler compiler;
    private Routine routine;

    @Setup
    public void setUp() {
        Catalog catalog = new CatalogLoader().loadBundled();
        compiler = new TimelineCompiler(catalog);
        routine = new RoutinePlanner(catalog, new SafetyScreen()).plan(new PlanRequest(minutes, Place.ANY,
                EnumSet.allOf(Prop.class), Level.ADVANCED, new PainToday(1, false), Answers.NONE), History.EMPTY);
    }

    @Benchmark
    public Timeline compile() {
        return compiler.compile(routine);
    }
}
