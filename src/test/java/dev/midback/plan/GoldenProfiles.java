package dev.midback.plan;

import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

/** Typical people, each with a golden file src/test/resources/plan/NAME.txt listing their routine. */
public final class GoldenProfiles {

    private GoldenProfiles() {
    }

    public static Map<String, PlanRequest> all() {
        Map<String, PlanRequest> all = new TreeMap<>();
        all.put("desk-chair-10-min-beginner", new PlanRequest(10, Place.DESK, EnumSet.of(Prop.CHAIR), Level.BEGINNER,
                PainToday.NONE, Answers.NONE));
        all.put("floor-towel-foam-roller-20-min-intermediate", new PlanRequest(20, Place.FLOOR,
                EnumSet.of(Prop.TOWEL, Prop.FOAM_ROLLER), Level.INTERMEDIATE, new PainToday(3, false), Answers.NONE));
        all.put("osteoporosis-floor-mat-15-min", new PlanRequest(15, Place.FLOOR, EnumSet.of(Prop.MAT), Level.BEGINNER,
                new PainToday(2, false), Answers.yesTo(Question.OSTEOPOROSIS)));
        all.put("pregnancy-floor-mat-chair-15-min", new PlanRequest(15, Place.FLOOR, EnumSet.of(Prop.MAT, Prop.CHAIR),
                Level.BEGINNER, new PainToday(2, false), Answers.yesTo(Question.PREGNANT)));
        all.put("pain-8-floor-towel-10-min", new PlanRequest(10, Place.FLOOR, EnumSet.of(Prop.TOWEL), Level.INTERMEDIATE,
                new PainToday(8, false), Answers.NONE));
        all.put("quick-2-min-floor-no-props", new PlanRequest(2, Place.FLOOR, EnumSet.noneOf(Prop.class), Level.BEGINNER,
                PainToday.NONE, Answers.NONE));
        all.put("chest-pain-stop", new PlanRequest(20, Place.ANY, EnumSet.of(Prop.MAT), Level.BEGINNER,
                new PainToday(4, false), Answers.yesTo(Question.CHEST_PAIN)));
        all.put("home-gym-30-min-advanced", new PlanRequest(30, Place.ANY, EnumSet.allOf(Prop.class), Level.ADVANCED,
                new PainToday(1, false), Answers.NONE));
        return all;
    }
}
