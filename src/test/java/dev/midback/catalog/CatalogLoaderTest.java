package dev.midback.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.testing.CatalogFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a data file can be broken stops the load with the file and the field named. */
class CatalogLoaderTest {

    private static final String CAT_COW = "exercises/cat-cow.yaml";

    @TempDir
    Path folder;

    private CatalogFiles files;

    @BeforeEach
    void copyCatalog() {
        files = CatalogFiles.copyInto(folder);
    }

    @Test
    void loadsTheUntouchedCopy() {
        assertThat(new CatalogLoader().load(files.root()).exercises()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void unknownFieldIsNamed() {
        files.replace(CAT_COW, "kind: mobility", "kind: mobility\nflavour: sweet");
        assertProblem(CAT_COW, "flavour", "unknown field");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        files.replace(CAT_COW, "position: all-fours\n", "");
        assertProblem(CAT_COW, "position", "missing required field");
    }

    @Test
    void missingNestedFieldIsNamed() {
        files.replace(CAT_COW, "  unit: reps\n", "");
        assertProblem(CAT_COW, "dosage.unit", "missing required field");
    }

    @Test
    void defaultOutsideItsRangeIsNamed() {
        files.replace(CAT_COW, "  default: 5", "  default: 12");
        assertProblem(CAT_COW, "dosage.default", "outside its range 3-10");
    }

    @Test
    void unknownPropIsNamed() {
        files.replace(CAT_COW, "optional: [blanket, mat]", "optional: [blanket, kettlebell]");
        assertProblem(CAT_COW, "optional[1]", "unknown value \"kettlebell\"");
    }

    @Test
    void unknownPropInANeedIsNamed() {
        files.replace("exercises/passive-backbend.yaml", "needs: [[towel", "needs: [[pillow");
        assertProblem("exercises/passive-backbend.yaml", "needs[0][0]", "unknown prop \"pillow\"");
    }

    @Test
    void unknownPositionIsNamed() {
        files.replace(CAT_COW, "position: all-fours", "position: upside-down");
        assertProblem(CAT_COW, "position", "unknown value \"upside-down\"");
    }

    @Test
    void danglingPrerequisiteIsNamed() {
        files.replace(CAT_COW, "prerequisites: []", "prerequisites: [handstand]");
        assertProblem(CAT_COW, "prerequisites[0]", "refers to no exercise of the catalog: handstand");
    }

    @Test
    void danglingVariantIsNamed() {
        files.replace(CAT_COW, "variants: []", "variants:\n  - id: backflip\n    relation: harder");
        assertProblem(CAT_COW, "variants[0].id", "refers to no exercise of the catalog: backflip");
    }

    @Test
    void duplicateIdIsNamed() {
        files.write("exercises/cat-cow-copy.yaml", files.read(CAT_COW).replace("name: Cat-cow", "name: Cat-cow again")
                .replace("aliases: [cat-camel, camel-cow, cat and cow]", "aliases: []"));
        assertProblem("exercises/cat-cow.yaml", "id", "duplicate name \"cat-cow\"");
    }

    @Test
    void duplicateAliasIsNamedWhateverItsCase() {
        files.replace("exercises/cobra.yaml", "aliases: [", "aliases: [Cat-Camel, ");
        assertProblem("exercises/cobra.yaml", "aliases[0]", "duplicate name \"Cat-Camel\"");
    }

    @Test
    void idThatDoesNotMatchTheFileNameIsNamed() {
        files.replace(CAT_COW, "id: cat-cow", "id: cat-and-cow");
        assertProblem(CAT_COW, "id", "must match the file name");
    }

    @Test
    void brokenSyntaxIsNamedWithItsLine() {
        files.replace(CAT_COW, "kind: mobility", "kind: [mobility");
        assertProblem(CAT_COW, "(syntax)", "line");
    }

    @Test
    void sourceThatIsNotAnArticleIsNamed() {
        files.replace(CAT_COW, "seed: 000_7ad20e7dda706a17.txt", "seed: my-blog.html");
        assertProblem(CAT_COW, "sources[0].seed", "is not a reference article");
    }

    @Test
    void sourceOfAnArticleNotListedWithItsTitleIsNamed() {
        files.replace("articles.yaml", "  - seed: 004_47833347fc1a4aba.txt", "  - seed: 005_47833347fc1a4aba.txt");
        assertProblem("exercises/band-row.yaml", "sources[0].seed", "not one of the articles listed in articles.yaml");
    }

    @Test
    void publishedSourceWithoutItsAddressIsNamed() {
        files.replace("articles.yaml", "    url: https://www.nhs.uk/live-well/exercise/strength-and-flexibility-exercises/sitting-exercises/\n", "");
        assertProblem("articles.yaml", "articles[5].url", "a published source is cited with its address");
    }

    @Test
    void publishedSourceWithAPlainHttpAddressIsNamed() {
        files.replace("articles.yaml", "url: https://www.nhs.uk/live-well", "url: http://www.nhs.uk/live-well");
        assertProblem("articles.yaml", "articles[5].url", "must be an https:// address");
    }

    @Test
    void articleWithBothAFileNameAndAnIdIsNamed() {
        files.replace("articles.yaml", "  - id: nhs-sitting-exercises", "  - id: nhs-sitting-exercises\n    seed: 005_47833347fc1a4aba.txt");
        assertProblem("articles.yaml", "articles[5]", "either seed");
    }

    @Test
    void citingAPublishedSourceThatIsNotListedIsNamed() {
        files.replace("guide.yaml", "article: nhs-how-to-warm-up", "article: nhs-how-to-cool-down");
        assertProblem("guide.yaml", "sections[1].items[1].sources[0].article",
                "is not one of the published sources listed in articles.yaml: nhs-how-to-cool-down");
    }

    @Test
    void sourceNamingBothAnArticleFileAndAPublishedSourceIsNamed() {
        files.replace("guide.yaml", "          - article: nhs-how-to-warm-up",
                "          - article: nhs-how-to-warm-up\n            seed: 001_e1717403cee502f1.txt");
        assertProblem("guide.yaml", "sections[1].items[1].sources[0]", "not both");
    }

    @Test
    void missingArticleListIsNamed() {
        files.write("articles.yaml", "articles: []\n");
        assertProblem(CAT_COW, "sources[0].seed", "not one of the articles listed in articles.yaml");
    }

    @Test
    void setupLongerThanOneShortSentenceIsNamed() {
        files.replace(CAT_COW, "setup: Come onto your hands and knees,", "setup: Come onto your hands and knees slowly, taking all the time you need, "
                + "and then, when you are quite ready and settled,");
        assertProblem(CAT_COW, "setup", "at most 110 characters");
    }

    @Test
    void missingSetupIsNamed() {
        files.replace(CAT_COW, "setup: ", "set-up: ");
        assertProblem(CAT_COW, "setup", "missing");
    }

    @Test
    void fewestSetsAboveTheStartingSetsIsNamed() {
        files.replace("exercises/cobra.yaml", "minSets: 3", "minSets: 4");
        assertProblem("exercises/cobra.yaml", "dosage.minSets", "need 1 <= minSets <= sets");
    }

    @Test
    void guideWithSectionsOutOfOrderIsNamed() {
        files.replace("guide.yaml", "id: precautions", "id: cautions");
        assertProblem("guide.yaml", "sections", "must be, in order");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        files.replace(CAT_COW, "level: beginner", "level: expert");
        files.replace("exercises/cobra.yaml", "kind: ", "kind: dance\nold_kind: ");
        List<CatalogProblem> problems = problemsOf(files.root());
        assertThat(problems).extracting(CatalogProblem::file).contains(CAT_COW, "exercises/cobra.yaml");
    }

    private void assertProblem(String file, String field, String message) {
        List<CatalogProblem> problems = problemsOf(files.root());
        assertThat(problems)
                .as("problems reported: %s", problems)
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                });
    }

    private static List<CatalogProblem> problemsOf(Path root) {
        try {
            new CatalogLoader().load(root);
        } catch (CatalogException e) {
            assertThat(e.getMessage()).as("the message names the file and field of each problem")
                    .contains(e.problems().get(0).file() + ": " + e.problems().get(0).field());
            return e.problems();
        }
        throw new AssertionError("the broken catalog loaded without complaint");
    }
}
