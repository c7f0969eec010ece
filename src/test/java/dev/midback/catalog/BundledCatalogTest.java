package dev.midback.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalog holds every exercise of the articles with the dosage facts they give. */
class BundledCatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadBundled();
    }

    /** One row per exercise of the design's table: the dose range the articles give must fit in the catalog's range. */
    static Stream<Arguments> tableRows() {
        return Stream.of(
                // id, unit, lowest the articles give, highest they give, sets, perSide, seed files
                Arguments.of("cat-cow", DosageUnit.REPS, 3, 10, 1, false, List.of("000", "001", "002", "003", "004")),
                Arguments.of("passive-backbend", DosageUnit.MINUTES, 3, 5, 1, false, List.of("000", "002", "003")),
                Arguments.of("seated-twist", DosageUnit.SECONDS, 15, 30, 1, true, List.of("001")),
                Arguments.of("cross-legged-twist", DosageUnit.BREATHS, 3, 5, 1, true, List.of("000", "003")),
                Arguments.of("cobra", DosageUnit.BREATHS, 2, 2, 3, false, List.of("000", "003")),
                Arguments.of("bridge", DosageUnit.BREATHS, 5, 7, 4, false, List.of("000", "003")),
                Arguments.of("chair-thoracic-extension", DosageUnit.SECONDS, 15, 30, 3, false, List.of("001")),
                Arguments.of("thread-the-needle", DosageUnit.SECONDS, 15, 30, 1, true, List.of("001", "004")),
                Arguments.of("foam-roller-upper-back", DosageUnit.MINUTES, 2, 5, 1, false, List.of("001")),
                Arguments.of("prone-neck-turn-series", DosageUnit.REPS, 3, 3, 1, false, List.of("002")),
                Arguments.of("active-prone-extension", DosageUnit.REPS, 3, 3, 1, false, List.of("002")),
                Arguments.of("ball-passive-backbend", DosageUnit.BREATHS, 3, 5, 1, false, List.of("002")),
                Arguments.of("ball-full-backbend", DosageUnit.BREATHS, 3, 5, 1, false, List.of("002")),
                Arguments.of("wheel", DosageUnit.BREATHS, 3, 5, 1, false, List.of("002")),
                Arguments.of("mountain-pose", DosageUnit.BREATHS, 3, 10, 1, false, List.of("002")),
                Arguments.of("childs-pose", DosageUnit.SECONDS, 20, 30, 1, false, List.of("004")),
                Arguments.of("lateral-childs-pose", DosageUnit.SECONDS, 20, 30, 1, true, List.of("004")),
                Arguments.of("kneeling-thoracic-twist", DosageUnit.REPS, 3, 4, 1, true, List.of("004")),
                Arguments.of("lower-back-rotation", DosageUnit.REPS, 2, 4, 1, true, List.of("004")),
                Arguments.of("band-row", DosageUnit.REPS, 12, 15, 1, false, List.of("004")),
                Arguments.of("band-pull-down", DosageUnit.REPS, 12, 15, 1, false, List.of("004")),
                Arguments.of("pull-up", DosageUnit.REPS, 12, 15, 1, false, List.of("004")),
                Arguments.of("stick-pull-down", DosageUnit.REPS, 12, 15, 1, false, List.of("004")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableRows")
    void everyRowOfTheTableIsThereWithItsDose(String id, DosageUnit unit, int low, int high, int sets,
                                              boolean perSide, List<String> seeds) {
        Exercise e = catalog.require(id);
        assertThat(e.dosage().unit()).isEqualTo(unit);
        assertThat(e.dosage().min()).as("lowest amount").isEqualTo(low);
        assertThat(e.dosage().max()).as("highest amount").isEqualTo(high);
        assertThat(e.dosage().sets()).as("sets").isEqualTo(sets);
        assertThat(e.perSide()).as("done on each side").isEqualTo(perSide);
        assertThat(e.sources()).extracting(s -> s.seed().substring(0, 3)).containsAll(seeds);
        assertThat(e.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(e.cautions()).isNotEmpty();
        assertThat(e.frameNames()).isNotEmpty();
    }

    /** The exercises for a desk taken from published sources, each with the dose its sources give. */
    static Stream<Arguments> deskRows() {
        return Stream.of(
                // id, unit, lowest, highest, fewest sets, most sets, perSide, the published sources cited
                Arguments.of("seated-twist-arms-crossed", DosageUnit.REPS, 5, 5, 1, 1, true,
                        List.of("nhs-sitting-exercises", "cuh-thoracic-spine-exercises", "bennell-2010-vertebral-fracture-trial")),
                Arguments.of("seated-chest-opener", DosageUnit.SECONDS, 5, 10, 5, 5, false, List.of("nhs-sitting-exercises")),
                Arguments.of("upper-back-hug-stretch", DosageUnit.SECONDS, 15, 30, 2, 4, false,
                        List.of("myhealth-alberta-upper-back-exercises")),
                Arguments.of("shoulder-blade-squeeze", DosageUnit.SECONDS, 10, 10, 5, 5, false,
                        List.of("saint-lukes-shoulder-squeeze", "bennell-2010-vertebral-fracture-trial")),
                Arguments.of("seated-slump-and-arch", DosageUnit.BREATHS, 5, 5, 1, 1, false,
                        List.of("cuh-back-mobility-exercises", "eskenazi-seated-cat-cow")),
                Arguments.of("seated-side-bend", DosageUnit.REPS, 5, 5, 1, 1, true, List.of("bennell-2010-vertebral-fracture-trial")),
                Arguments.of("standing-back-bend", DosageUnit.REPS, 5, 5, 1, 1, false, List.of("nhs-inform-back-pain-exercises")),
                Arguments.of("shoulder-rolls", DosageUnit.REPS, 2, 10, 2, 2, false,
                        List.of("myhealth-alberta-upper-back-exercises", "australian-health-choose-health-be-active", "nhs-how-to-warm-up")),
                Arguments.of("seated-elbows-back", DosageUnit.SECONDS, 5, 5, 5, 5, false, List.of("bennell-2010-vertebral-fracture-trial")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deskRows")
    void deskExercisesFitADeskWithTheDoseTheirSourcesGive(String id, DosageUnit unit, int low, int high, int fewestSets,
                                                           int mostSets, boolean perSide, List<String> cited) {
        Exercise e = catalog.require(id);
        assertThat(e.position()).isIn(Position.STANDING, Position.SEATED_CHAIR);
        assertThat(e.isDoableWith(Set.of(Prop.CHAIR))).as("needs nothing beyond a chair").isTrue();
        assertThat(e.dosage().unit()).isEqualTo(unit);
        assertThat(e.dosage().min()).as("lowest amount").isEqualTo(low);
        assertThat(e.dosage().max()).as("highest amount").isEqualTo(high);
        assertThat(e.dosage().minSets()).as("fewest sets").isEqualTo(fewestSets);
        assertThat(e.dosage().maxSets()).as("most sets").isEqualTo(mostSets);
        assertThat(e.perSide()).as("done on each side").isEqualTo(perSide);
        assertThat(e.sources()).extracting(Source::seed).containsAll(cited);
        assertThat(e.sources()).allSatisfy(s -> assertThat(s.url()).as(s.seed()).startsWith("https://"));
        assertThat(e.steps()).hasSizeBetween(4, 6);
        assertThat(e.cautions().get(0).toLowerCase()).as("opens with the rule about sharp pain").contains("sharp or intense pain");
        assertThat(e.frameNames()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aDeskHasItsOwnCatalogBeyondTheThreeOfTheArticles() {
        assertThat(catalog.exercises()).filteredOn(e -> (e.position() == Position.STANDING || e.position() == Position.SEATED_CHAIR)
                        && e.isDoableWith(Set.of(Prop.CHAIR)))
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void twistsAndRoundingStretchesCarryWhatTheScreeningLeavesOut() {
        assertThat(catalog.exercises()).filteredOn(e -> e.movements().contains(Movement.ROTATION))
                .allSatisfy(e -> assertThat(e.demands()).as(e.id()).contains(Demand.END_RANGE_ROTATION));
        for (String id : List.of("upper-back-hug-stretch", "seated-slump-and-arch")) {
            assertThat(catalog.require(id).demands()).as(id).contains(Demand.END_RANGE_FLEXION);
        }
    }

    @ParameterizedTest
    @CsvSource({"cobra,3", "chair-thoracic-extension,3", "bridge,4", "cat-cow,1"})
    void theRoundsTheArticlesGiveAreTheFewestADoseMayHave(String id, int fewest) {
        assertThat(catalog.require(id).dosage().minSets()).isEqualTo(fewest);
    }

    @Test
    void strengthWorkStartsWithOneSetAndBuildsToThree() {
        assertThat(catalog.exercises()).filteredOn(e -> e.kind() == Kind.STRENGTH && !e.needs().isEmpty()).allSatisfy(e -> {
            assertThat(e.dosage().sets()).as(e.id()).isEqualTo(1);
            assertThat(e.dosage().maxSets()).as(e.id()).isEqualTo(3);
        });
    }

    @Test
    void theStrengthBlockHasAStickAlternativeAtHome() {
        Exercise stick = catalog.require("stick-pull-down");
        assertThat(stick.kind()).isEqualTo(Kind.STRENGTH);
        assertThat(stick.needs()).containsExactly(new PropChoice(List.of(Prop.STICK)));
        assertThat(stick.variants()).extracting(Variant::exerciseId).contains("band-pull-down", "band-row");
        assertThat(catalog.find("broomstick pull-down")).contains(stick);
    }

    @Test
    void everyExerciseSaysHowToGetIntoPositionInOneShortSentence() {
        assertThat(catalog.exercises()).allSatisfy(e -> {
            assertThat(e.setup()).as(e.id()).isNotBlank().endsWith(".").hasSizeLessThanOrEqualTo(110);
            assertThat(e.setup().substring(0, e.setup().length() - 1)).as(e.id() + " one sentence").doesNotContain(". ");
        });
    }

    @Test
    void sourcesAreCitedByTheArticlesTitlesNotTheirFileNames() {
        assertThat(catalog.exercises()).allSatisfy(e -> assertThat(e.sources()).allSatisfy(s -> {
            assertThat(s.title()).as(e.id()).isNotBlank().doesNotContain(".txt");
            assertThat(s.url() == null || s.url().startsWith("https://")).as(e.id()).isTrue();
        }));
        assertThat(catalog.require("cat-cow").sources()).extracting(Source::title)
                .contains("5 Stretches to Release and Relieve Your Mid Back", "Stretches for Mid Back Pain",
                        "Stretches and exercises for mid-back pain");
        catalog.guide().sections().forEach(section -> section.items().forEach(i ->
                assertThat(i.sources()).allSatisfy(s -> assertThat(s.title()).isNotBlank())));
    }

    @Test
    void passiveBackbendVariantsCarryTheirProps() {
        assertThat(catalog.require("passive-backbend").needs())
                .containsExactly(new PropChoice(List.of(Prop.TOWEL, Prop.BLANKET, Prop.MAT)));
        assertThat(catalog.require("passive-backbend-blocks").isDoableWith(Set.of(Prop.YOGA_BLOCKS))).isTrue();
        assertThat(catalog.require("passive-backbend-foam-roller").isDoableWith(Set.of(Prop.FOAM_ROLLER))).isTrue();
        assertThat(catalog.require("passive-backbend-foam-roller").isDoableWith(Set.of(Prop.TOWEL))).isFalse();
        for (String id : List.of("passive-backbend", "passive-backbend-blocks", "passive-backbend-foam-roller")) {
            assertThat(catalog.require(id).dosage().max()).as("%s never over 5 minutes", id).isEqualTo(5);
            assertThat(catalog.require(id).dosage().unit()).isEqualTo(DosageUnit.MINUTES);
        }
        assertThat(catalog.require("passive-backbend").modifications())
                .anySatisfy(m -> assertThat(m.name().toLowerCase()).contains("overhead"));
    }

    @Test
    void twistComesOnAChairAndCrossLegged() {
        assertThat(catalog.require("seated-twist").position()).isEqualTo(Position.SEATED_CHAIR);
        assertThat(catalog.require("cross-legged-twist").position()).isEqualTo(Position.SEATED_FLOOR);
        assertThat(catalog.require("seated-twist").variants()).extracting(Variant::exerciseId).contains("cross-legged-twist");
    }

    @Test
    void childsPoseHasAKneesApartWayAndASideVariant() {
        Exercise child = catalog.require("childs-pose");
        assertThat(child.modifications()).anySatisfy(m -> assertThat(m.name().toLowerCase()).contains("knees"));
        assertThat(child.variants()).extracting(Variant::exerciseId).contains("lateral-childs-pose");
    }

    @Test
    void harderWorkWaitsForTheEasierWork() {
        assertThat(catalog.require("ball-full-backbend").prerequisites()).contains("ball-passive-backbend");
        assertThat(catalog.require("active-prone-extension").prerequisites()).contains("prone-neck-turn-series");
        Exercise wheel = catalog.require("wheel");
        assertThat(wheel.instructorFirst()).isTrue();
        assertThat(wheel.level()).isEqualTo(Level.ADVANCED);
        assertThat(wheel.prerequisites()).isNotEmpty();
    }

    @Test
    void strengthWorkBuildsToThreeSets() {
        for (String id : List.of("band-row", "band-pull-down", "pull-up")) {
            Exercise e = catalog.require(id);
            assertThat(e.kind()).isEqualTo(Kind.STRENGTH);
            assertThat(e.dosage().maxSets()).as(id).isEqualTo(3);
        }
        assertThat(catalog.require("band-row").isDoableWith(Set.of())).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"cat-camel,cat-cow", "CAMEL-COW,cat-cow", "Cat-Cow,cat-cow", "prayer stretch,childs-pose",
            "Child's pose,childs-pose", "lat pull-down,band-pull-down", "Bridge Pose,bridge", "chin-up,pull-up"})
    void namesAndAliasesResolveWhateverTheCase(String typed, String id) {
        assertThat(catalog.find(typed)).map(Exercise::id).contains(id);
    }

    @Test
    void closestNamesAreSuggestedForATypo() {
        assertThat(catalog.suggest("cobar", 3)).first().isEqualTo("cobra");
        assertThat(catalog.suggest("thread needle", 3)).contains("thread-the-needle");
    }

    @Test
    void movingExercisesHaveKeyFrames() {
        for (String id : List.of("cat-cow", "bridge", "prone-neck-turn-series")) {
            assertThat(catalog.require(id).frameNames()).as(id).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(catalog.require("cat-cow").frameNames()).containsExactlyInAnyOrder("cat", "cow");
    }

    @Test
    void guideCoversPrecautionsWarmUpTipsQuestionsAndTheNotice() {
        Guide guide = catalog.guide();
        assertThat(guide.notice().toLowerCase()).contains("not").contains("medical");
        assertThat(guide.sections()).extracting(Guide.Section::id).containsExactly("precautions", "warm-up", "tips", "faq");
        String all = guide.sections().stream().flatMap(s -> s.items().stream())
                .map(i -> i.title() + " " + i.text() + " " + i.sources()).reduce("", String::concat).toLowerCase();
        assertThat(all).contains("posture", "core", "stress", "ergonomic", "5-10 minutes", "2-3 sessions", "15-30",
                "foam roller", "20 minutes");
        guide.sections().forEach(s -> s.items().forEach(i -> assertThat(i.sources()).as(i.title()).isNotEmpty()));
    }
}
