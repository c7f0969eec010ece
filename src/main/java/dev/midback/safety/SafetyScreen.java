package dev.midback.safety;

import dev.midback.catalog.Demand;
import dev.midback.catalog.Position;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Screens a person before a routine: red flags stop it and say where to get help; other answers
 * and strong pain today ask for care, advise a professional and leave out what could harm.
 */
public final class SafetyScreen {

    static final String EMERGENCY = "Stop: do not exercise. Get emergency care now: call your local emergency number or go to an emergency department.";
    static final String SOON = "Do not start these exercises yet. See a doctor soon, within a few days, and mention what you answered.";
    static final String PROFESSIONAL = "See a healthcare professional before you start, because of what you answered (%s): the articles advise a check first for severe or long-lasting pain, injuries and health conditions. Until then only gentle exercises are offered.";
    static final String FRACTURE = "Possible fracture: do not exercise. An injury, even a small one, can break a bone in the spine when you have osteoporosis or take steroid medicine long term. See a doctor soon, within a few days, and mention both answers.";
    static final String PAIN_TEN = "Your pain is at its worst today: do not exercise. If it does not ease, see a healthcare professional.";
    static final String SHARP = "Sharp pain means stop: do not stretch today, and have the pain checked by a healthcare professional.";
    static final String STRONG_PAIN = "Your pain is strong today (7 or more), so only gentle exercises are offered. Move slowly, stay well within comfort, and stop if it gets worse.";
    static final String OSTEOPOROSIS = "With osteoporosis, twisting and bending forward to your limit are left out, as are deep backbends. Gentle backward bending and posture work suit you; ask your healthcare professional before adding strength exercises.";
    static final String STEROIDS = "Steroid medicine taken for a long time raises the risk of breaking a bone in the spine, so what is left out with osteoporosis is left out for you too: twisting and bending forward to your limit, and deep backbends. Ask your healthcare professional before adding strength exercises.";
    static final String NEW_PAIN = "New back pain before the age of 20 or after 50 is one of the signs a doctor or physiotherapist should look at before you start exercising. Book a check first; until then only gentle exercises are offered.";
    static final String PREGNANCY = "In pregnancy, exercises lying face down, on your back or back over a ball are left out (lying on your back is advised against after the first trimester). Ask your midwife or doctor before starting.";

    /**
     * The signs that mean stop and get help, in one line, for what a person keeps and reads later
     * (a printed routine): the red flags of the screening, said as things that may come on.
     */
    public static final String WHEN_TO_GET_HELP = "Stop and get emergency care for chest pain, numbness or weakness in both legs, "
            + "new trouble controlling your bladder or bowels, or pain after a serious accident or fall; see a doctor within a few "
            + "days for a fever, weight loss without trying, or pain that wakes you at night.";

    /** Screens the answers and today's pain. */
    public Clearance screen(Answers answers, PainToday pain) {
        List<String> advice = new ArrayList<>();
        Urgency urgency = Urgency.NONE;
        for (Question q : Question.values()) {
            if (answers.said(q) && q.urgency().compareTo(urgency) < 0) {
                urgency = q.urgency();
            }
        }
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.SOON) {
            advice.add(urgency == Urgency.EMERGENCY ? EMERGENCY : SOON);
            redFlagsSaid(answers, advice);
            if (possibleFracture(answers)) {
                advice.add(FRACTURE);
            }
            return stop(urgency, advice);
        }
        if (possibleFracture(answers)) {
            advice.add(FRACTURE);
            return stop(Urgency.SOON, advice);
        }
        if (pain.level() == 10 || pain.sharp()) {
            advice.add(pain.sharp() ? SHARP : PAIN_TEN);
            return stop(Urgency.BEFORE_STARTING, advice);
        }
        Map<Position, String> positions = new EnumMap<>(Position.class);
        Map<Demand, String> demands = new EnumMap<>(Demand.class);
        boolean gentle = urgency == Urgency.BEFORE_STARTING;
        if (gentle) {
            advice.add(String.format(PROFESSIONAL, String.join(", ", java.util.Arrays.stream(Question.values())
                    .filter(q -> answers.said(q) && q.urgency() == Urgency.BEFORE_STARTING).map(Question::topic).toList())));
        }
        if (answers.said(Question.NEW_PAIN_UNDER_20_OR_OVER_50)) {
            advice.add(NEW_PAIN);
        }
        if (answers.said(Question.OSTEOPOROSIS)) {
            advice.add(OSTEOPOROSIS);
            boneCare(demands, "with osteoporosis");
        }
        if (answers.said(Question.LONG_TERM_STEROIDS)) {
            advice.add(STEROIDS);
            if (!answers.said(Question.OSTEOPOROSIS)) {
                boneCare(demands, "with long-term steroid medicine");
            }
        }
        if (answers.said(Question.PREGNANT)) {
            advice.add(PREGNANCY);
            positions.put(Position.PRONE, "lying face down is left out in pregnancy");
            positions.put(Position.SUPINE, "lying on your back is left out in pregnancy");
            positions.put(Position.ON_BALL, "lying back over a ball is left out in pregnancy");
        }
        if (pain.level() >= 7) {
            advice.add(STRONG_PAIN);
            gentle = true;
        }
        Verdict verdict = gentle || !positions.isEmpty() || !demands.isEmpty() ? Verdict.CAUTION : Verdict.GO;
        return new Clearance(verdict, urgency, advice, gentle, positions, demands);
    }

    /** A recent injury when the bones may be fragile: osteoporosis or long-term steroid medicine. */
    private static boolean possibleFracture(Answers answers) {
        return answers.said(Question.RECENT_INJURY)
                && (answers.said(Question.OSTEOPOROSIS) || answers.said(Question.LONG_TERM_STEROIDS));
    }

    /** What fragile bones leave out: bending forward or twisting to the limit, and deep backbends. */
    private static void boneCare(Map<Demand, String> demands, String because) {
        demands.put(Demand.END_RANGE_FLEXION, "bending forward to the limit is left out " + because);
        demands.put(Demand.END_RANGE_ROTATION, "twisting is left out " + because);
        demands.put(Demand.DEEP_BACKBEND, "deep backbends are left out " + because);
    }

    private static Clearance stop(Urgency urgency, List<String> advice) {
        return new Clearance(Verdict.STOP, urgency, advice, true, Map.of(), Map.of());
    }

    private static void redFlagsSaid(Answers answers, List<String> advice) {
        for (Question q : Question.values()) {
            if (q.isRedFlag() && answers.said(q)) {
                advice.add("You answered yes to: " + q.text());
            }
        }
    }
}
