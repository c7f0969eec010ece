package dev.midback.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.input.Checked;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every screening answer, alone, and what it does to the verdict and the exercises. */
class SafetyScreenTest {

    private static Catalog catalog;
    private final SafetyScreen screen = new SafetyScreen();

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
    }

    @ParameterizedTest
    @CsvSource({
            // question,            verdict, urgency,          words the advice must hold
            "chest-pain,            STOP,    EMERGENCY,        emergency care now",
            "numbness-or-weakness,  STOP,    EMERGENCY,        emergency care now",
            "bladder-or-bowel,      STOP,    EMERGENCY,        emergency care now",
            "serious-accident,      STOP,    EMERGENCY,        emergency care now",
            "fever-or-weight-loss,  STOP,    SOON,             See a doctor soon",
            "night-pain,            STOP,    SOON,             See a doctor soon",
            "cancer-history,        STOP,    SOON,             See a doctor soon",
            "severe-pain,           CAUTION, BEFORE_STARTING,  See a healthcare professional before you start",
            "chronic-pain,          CAUTION, BEFORE_STARTING,  See a healthcare professional before you start",
            "recent-injury,         CAUTION, BEFORE_STARTING,  See a healthcare professional before you start",
            "known-condition,       CAUTION, BEFORE_STARTING,  See a healthcare professional before you start",
            "osteoporosis,          CAUTION, BEFORE_STARTING,  twisting",
            "long-term-steroids,    CAUTION, BEFORE_STARTING,  twisting",
            "new-pain-under-20-or-over-50, CAUTION, BEFORE_STARTING, doctor or physiotherapist should look at",
            "pregnant,              CAUTION, BEFORE_STARTING,  lying on your back"})
    void eachAnswerGivesItsVerdictUrgencyAndAdvice(String id, Verdict verdict, Urgency urgency, String advice) {
        Question question = Question.byId(id).orElseThrow();
        Clearance clearance = screen.screen(Answers.yesTo(question), PainToday.NONE);
        assertThat(clearance.verdict()).isEqualTo(verdict);
        assertThat(clearance.urgency()).isEqualTo(urgency);
        assertThat(String.join(" ", clearance.advice())).contains(advice);
        assertThat(question.text()).endsWith("?");
    }

    @Test
    void noAnswersAndNoPainIsGoWithEverythingAllowed() {
        Clearance clearance = screen.screen(Answers.NONE, PainToday.NONE);
        assertThat(clearance.verdict()).isEqualTo(Verdict.GO);
        assertThat(clearance.advice()).isEmpty();
        assertThat(catalog.exercises()).allSatisfy(e -> assertThat(clearance.allows(e)).as(e.id()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = Question.class, names = {"CHEST_PAIN", "NUMBNESS_OR_WEAKNESS", "BLADDER_OR_BOWEL", "SERIOUS_ACCIDENT",
            "FEVER_OR_WEIGHT_LOSS", "NIGHT_PAIN", "CANCER_HISTORY"})
    void aRedFlagAllowsNoExerciseWhateverElseWasAnswered(Question flag) {
        Clearance clearance = screen.screen(Answers.yesTo(flag, Question.CHRONIC_PAIN), PainToday.NONE);
        assertThat(flag.isRedFlag()).isTrue();
        assertThat(clearance.allowsRoutine()).isFalse();
        assertThat(catalog.exercises()).noneMatch(clearance::allows);
        assertThat(String.join(" ", clearance.advice())).contains(flag.text());
    }

    @Test
    void emergencyOutranksSeeingADoctorSoon() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.NIGHT_PAIN, Question.CHEST_PAIN), PainToday.NONE);
        assertThat(clearance.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(clearance.advice().get(0)).contains("emergency care now");
    }

    @ParameterizedTest
    @CsvSource({"seated-twist,false", "thread-the-needle,false", "lower-back-rotation,false", "childs-pose,false",
            "wheel,false", "ball-full-backbend,false", "cat-cow,true", "passive-backbend,true", "mountain-pose,true",
            "cobra,true", "seated-twist-arms-crossed,false", "upper-back-hug-stretch,false", "seated-slump-and-arch,false",
            "seated-side-bend,true", "standing-back-bend,true", "seated-chest-opener,true", "seated-elbows-back,true",
            "shoulder-blade-squeeze,true", "shoulder-rolls,true", "chair-thoracic-extension,true"})
    void osteoporosisLeavesOutTwistsForwardBendsAndDeepBackbends(String id, boolean allowed) {
        Clearance clearance = screen.screen(Answers.yesTo(Question.OSTEOPOROSIS), PainToday.NONE);
        Exercise exercise = catalog.require(id);
        assertThat(clearance.allows(exercise)).as(id).isEqualTo(allowed);
        if (!allowed) {
            assertThat(clearance.whyNot(exercise)).isPresent();
        }
    }

    @Test
    void everyTwistIsLeftOutWithOsteoporosisHoweverGentle() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.OSTEOPOROSIS), PainToday.NONE);
        assertThat(catalog.exercises()).filteredOn(e -> e.movements().contains(Movement.ROTATION))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(e -> assertThat(clearance.whyNot(e)).as(e.id()).hasValue("twisting is left out with osteoporosis"));
    }

    @Test
    void aSeriousAccidentIsAnEmergencyToGetCareForNow() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.SERIOUS_ACCIDENT), PainToday.NONE);
        assertThat(Question.SERIOUS_ACCIDENT.id()).isEqualTo("serious-accident");
        assertThat(clearance.verdict()).isEqualTo(Verdict.STOP);
        assertThat(clearance.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(clearance.advice().get(0)).contains("Get emergency care now");
        assertThat(Question.SERIOUS_ACCIDENT.text()).contains("serious accident").contains("fall");
    }

    @Test
    void longTermSteroidsLeaveOutWhatOsteoporosisLeavesOut() {
        Clearance steroids = screen.screen(Answers.yesTo(Question.LONG_TERM_STEROIDS), PainToday.NONE);
        Clearance osteoporosis = screen.screen(Answers.yesTo(Question.OSTEOPOROSIS), PainToday.NONE);
        assertThat(Question.LONG_TERM_STEROIDS.id()).isEqualTo("long-term-steroids");
        assertThat(steroids.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(steroids.excludedDemands().keySet()).isEqualTo(osteoporosis.excludedDemands().keySet());
        for (Exercise e : catalog.exercises()) {
            assertThat(steroids.allows(e)).as(e.id()).isEqualTo(osteoporosis.allows(e));
        }
        assertThat(steroids.whyNot(catalog.require("seated-twist"))).hasValue("twisting is left out with long-term steroid medicine");
        assertThat(String.join(" ", steroids.advice())).contains("steroid medicine").contains("breaking a bone in the spine");
    }

    @Test
    void newPainUnder20OrOver50AdvisesACheckWithAClinicianBeforeStarting() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.NEW_PAIN_UNDER_20_OR_OVER_50), PainToday.NONE);
        assertThat(Question.NEW_PAIN_UNDER_20_OR_OVER_50.id()).isEqualTo("new-pain-under-20-or-over-50");
        assertThat(clearance.verdict()).isEqualTo(Verdict.CAUTION);
        assertThat(clearance.urgency()).isEqualTo(Urgency.BEFORE_STARTING);
        assertThat(clearance.gentleOnly()).isTrue();
        assertThat(String.join(" ", clearance.advice())).contains("before you start").contains("doctor or physiotherapist");
    }

    @ParameterizedTest
    @EnumSource(value = Question.class, names = {"OSTEOPOROSIS", "LONG_TERM_STEROIDS"})
    void aRecentInjuryWithFragileBonesIsAPossibleFractureAndStops(Question bones) {
        Clearance clearance = screen.screen(Answers.yesTo(Question.RECENT_INJURY, bones), PainToday.NONE);
        assertThat(clearance.verdict()).isEqualTo(Verdict.STOP);
        assertThat(clearance.allowsRoutine()).isFalse();
        assertThat(clearance.urgency()).isEqualTo(Urgency.SOON);
        assertThat(clearance.advice()).anyMatch(a -> a.startsWith("Possible fracture") && a.contains("See a doctor soon"));
        assertThat(catalog.exercises()).noneMatch(clearance::allows);
        assertThat(screen.screen(Answers.yesTo(Question.RECENT_INJURY), PainToday.NONE).verdict())
                .as("an injury alone still allows gentle work").isEqualTo(Verdict.CAUTION);
    }

    @Test
    void aPossibleFractureIsStillNamedBesideAnEmergency() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.RECENT_INJURY, Question.OSTEOPOROSIS, Question.CHEST_PAIN),
                PainToday.NONE);
        assertThat(clearance.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(clearance.advice()).anyMatch(a -> a.startsWith("Possible fracture"));
    }

    @Test
    void pregnancyLeavesOutLyingFaceDownAndOnTheBack() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.PREGNANT), PainToday.NONE);
        for (Exercise e : catalog.exercises()) {
            if (e.position() == Position.PRONE || e.position() == Position.SUPINE) {
                assertThat(clearance.whyNot(e)).as(e.id()).hasValueSatisfying(why -> assertThat(why).contains("pregnancy"));
            }
        }
        assertThat(clearance.allows(catalog.require("cat-cow"))).isTrue();
        assertThat(clearance.allows(catalog.require("seated-twist"))).isTrue();
    }

    @Test
    void cautionAllowsOnlyGentleExercises() {
        Clearance clearance = screen.screen(Answers.yesTo(Question.SEVERE_PAIN), PainToday.NONE);
        assertThat(clearance.gentleOnly()).isTrue();
        assertThat(clearance.allows(catalog.require("cat-cow"))).isTrue();
        for (String hard : new String[] {"bridge", "band-row", "pull-up", "wheel", "passive-backbend-foam-roller", "active-prone-extension"}) {
            assertThat(clearance.allows(catalog.require(hard))).as(hard).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"0,GO", "6,GO", "7,CAUTION", "9,CAUTION", "10,STOP"})
    void painTodayShapesTheVerdict(int pain, Verdict verdict) {
        Clearance clearance = screen.screen(Answers.NONE, new PainToday(pain, false));
        assertThat(clearance.verdict()).isEqualTo(verdict);
        if (pain >= 7) {
            assertThat(clearance.gentleOnly()).isTrue();
            assertThat(clearance.advice()).isNotEmpty();
        }
    }

    @Test
    void sharpPainMeansDoNotStart() {
        Clearance clearance = screen.screen(Answers.NONE, new PainToday(3, true));
        assertThat(clearance.verdict()).isEqualTo(Verdict.STOP);
        assertThat(clearance.advice().get(0)).contains("Sharp pain");
    }

    @Test
    void answersNameTheUnknownQuestion() {
        Checked<Answers> parsed = Answers.parse(Map.of("back-ache", true));
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.field()).isEqualTo("back-ache");
    }

    @Test
    void answersMustBeTrueOrFalse() {
        Checked<Answers> parsed = Answers.parse(Map.of("pregnant", "yes"));
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.field()).isEqualTo("pregnant");
        assertThat(parsed.problem()).contains("true or false");
    }

    @Test
    void aQuestionIdWithNulIsRefusedWithoutEchoingIt() {
        Checked<Answers> parsed = Answers.parse(Map.of("pregnant\0", true));
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).contains("NUL").doesNotContain("\0");
    }

    @Test
    void answersReadTrueAsYesAndFalseAsNo() {
        Checked<Answers> parsed = Answers.parse(Map.of("pregnant", true, "osteoporosis", false));
        assertThat(parsed.value().yes()).containsExactly(Question.PREGNANT);
    }
}
