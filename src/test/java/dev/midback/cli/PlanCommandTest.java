package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.PdfDrawing;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} and {@code go}: what a person sees, and the exit statuses scripts rely on. */
class PlanCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void planJsonIsTheDesignedObjectAndFitsTheMinutes() throws Exception {
        CliRun run = CliRun.of("plan", "--minutes", "10", "--place", "floor", "--props", "towel,mat", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode plan = json.readTree(run.out());
        assertThat(plan.get("verdict").asText()).isEqualTo("go");
        assertThat(plan.get("totalSeconds").asInt()).isBetween(540, 660);
        assertThat(plan.get("items")).isNotEmpty();
        for (JsonNode item : plan.get("items")) {
            assertThat(item.fieldNames()).toIterable().startsWith("exerciseId", "name", "phase", "dosage", "seconds", "reason", "keyCaution", "swaps");
            assertThat(item.has("noSwapReason")).as("a reason is given exactly when there is no swap").isEqualTo(item.get("swaps").isEmpty());
            assertThat(item.get("dosage").fieldNames()).toIterable().containsExactly("unit", "amount", "sets", "perSide");
            assertThat(item.get("reason").asText()).isNotBlank();
        }
        assertThat(plan.get("items").get(0).get("phase").asText()).isEqualTo("warm-up");
    }

    @Test
    void aDeskRoutineStandsOrSitsOnAChair() throws Exception {
        var catalog = new dev.midback.catalog.CatalogLoader().loadBundled();
        CliRun run = CliRun.of("plan", "--minutes", "8", "--place", "desk", "--props", "chair,band", "--json");
        assertThat(run.exitCode()).isZero();
        for (JsonNode item : json.readTree(run.out()).get("items")) {
            assertThat(catalog.require(item.get("exerciseId").asText()).position().id()).isIn("standing", "seated-chair");
        }
    }

    @Test
    void planTextGivesEachItemItsReason() {
        CliRun run = CliRun.of("plan", "--minutes", "15", "--place", "floor", "--props", "towel,mat");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Screening: go", "why:", "Cat-cow", "This week", "3 sessions");
    }

    @Test
    void pdfWritesTheRoutineToPrintWithEveryExerciseOnThePaperAsked() throws Exception {
        Path file = folder.resolve("routine.pdf");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--place", "floor", "--props", "towel,mat", "--json", "--pdf", file.toString(),
                "--paper", "letter");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("The routine to print is in " + file);
        PdfDrawing pdf = PdfDrawing.read(Files.readAllBytes(file));
        for (JsonNode item : json.readTree(run.out()).get("items")) {
            assertThat(pdf.text()).contains(item.get("name").asText());
        }
        assertThat(pdf.text()).contains("10 minutes on the floor", "Not medical advice");
        assertThat(pdf.fillsOf("#c7d9ea")).as("the figures drawn as paths").isPositive();
        assertThat(pdf.pages()).allSatisfy(p -> assertThat(p.width()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f)));
    }

    @Test
    void aPdfFileThatCannotBeWrittenExitsTwoWithOneLineNamingIt() {
        Path file = folder.resolve("no-such-folder").resolve("routine.pdf");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--pdf", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--pdf", file.toString(), "folder does not exist");
        assertThat(run.out()).isEmpty();

        CliRun folderGiven = CliRun.of("plan", "--minutes", "10", "--pdf", folder.toString());
        assertThat(folderGiven.exitCode()).isEqualTo(2);
        assertThat(folderGiven.errLines()).hasSize(1);
        assertThat(folderGiven.err()).contains("--pdf", folder.toString());
    }

    @Test
    void anUnknownPaperExitsTwoNamingIt() throws Exception {
        Path file = folder.resolve("routine.pdf");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--pdf", file.toString(), "--paper", "a5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--paper", "a5", "a4 or letter");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void minutesOutsideTheRangeExitTwoWithOneLine() {
        CliRun run = CliRun.of("plan", "--minutes", "90");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--minutes", "90");
    }

    @Test
    void minutesBeyondAnyIntegerAreRefusedNotWrapped() {
        CliRun run = CliRun.of("plan", "--minutes", "4294967301", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--minutes", "4294967301", "2 to 60");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEmptyPlaceOrLevelIsRefusedNotTakenAsTheDefault() {
        CliRun place = CliRun.of("plan", "--minutes", "10", "--place", "");
        assertThat(place.exitCode()).isEqualTo(2);
        assertThat(place.err()).contains("--place", "empty");
        CliRun level = CliRun.of("plan", "--minutes", "10", "--level", " ");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err()).contains("--level", "empty");
        CliRun pain = CliRun.of("plan", "--minutes", "10", "--pain", "-4294967295");
        assertThat(pain.exitCode()).isEqualTo(2);
        assertThat(pain.err()).contains("--pain", "0 to 10");
    }

    @Test
    void unknownPropExitsTwoNamingIt() {
        CliRun run = CliRun.of("plan", "--minutes", "10", "--props", "chair,kettlebell");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("kettlebell");
    }

    @Test
    void redFlagExitsThreeAndStillPrintsThePlanWithAdvice() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"chest-pain\": true, \"pregnant\": false}");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--answers", answers.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode plan = json.readTree(run.out());
        assertThat(plan.get("verdict").asText()).isEqualTo("stop");
        assertThat(plan.get("items")).isEmpty();
        assertThat(plan.get("advice").get(0).asText()).contains("emergency");
    }

    @Test
    void aSeriousAccidentInTheAnswersFileExitsThreeWithEmergencyAdvice() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"serious-accident\": true}");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--answers", answers.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(json.readTree(run.out()).get("advice").get(0).asText()).contains("emergency care now");
    }

    @Test
    void aRecentInjuryWithOsteoporosisOrSteroidsExitsThreeWithFractureAdvice() {
        for (String bones : new String[] {"osteoporosis", "long-term-steroids"}) {
            CliRun run = CliRun.of("plan", "--minutes", "10", "--yes", "recent-injury," + bones);
            assertThat(run.exitCode()).as(bones).isEqualTo(3);
            assertThat(run.out()).contains("Possible fracture", "See a doctor soon", "No routine today");
        }
    }

    @Test
    void newPainUnder20OrOver50AdvisesACheckBeforeStarting() {
        CliRun run = CliRun.of("plan", "--minutes", "10", "--place", "floor", "--yes", "new-pain-under-20-or-over-50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Screening: caution", "doctor or physiotherapist");
    }

    @Test
    void theKeyCautionForThePersonReachesThePlanAndItsJson() throws Exception {
        CliRun text = CliRun.withEnv(java.util.Map.of("COLUMNS", "200"), "plan", "--minutes", "10", "--place", "floor",
                "--yes", "long-term-steroids");
        assertThat(text.out()).contains("mind: If you have osteoporosis or take steroid medicine long term, keep the rounded (cat) shape small");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--place", "floor", "--yes", "osteoporosis", "--json");
        JsonNode catCow = json.readTree(run.out()).get("items").get(0);
        assertThat(catCow.get("exerciseId").asText()).isEqualTo("cat-cow");
        assertThat(catCow.get("keyCaution").asText()).contains("keep the rounded (cat) shape small");
    }

    @Test
    void questionsListsTheNewOnesWithTheirIds() {
        CliRun run = CliRun.withEnv(java.util.Map.of("COLUMNS", "200"), "questions");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("serious-accident", "long-term-steroids", "new-pain-under-20-or-over-50");
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("serious-accident " + dev.midback.safety.Question.SERIOUS_ACCIDENT.text() + " [stops the routine]")
                .contains("long-term-steroids " + dev.midback.safety.Question.LONG_TERM_STEROIDS.text());
        assertThat(run.out().lines().filter(l -> l.startsWith("  "))).as("the questions")
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void unknownQuestionInTheAnswersExitsTwoNamingIt() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"back-ache\": true}");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("back-ache");
    }

    @Test
    void answerThatIsNotTrueOrFalseExitsTwo() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"pregnant\": \"yes\"}");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pregnant", "true or false");
    }

    @Test
    void yesAnswersCanBeGivenOnTheCommandLine() {
        assertThat(CliRun.of("plan", "--minutes", "10", "--yes", "chest-pain").exitCode()).isEqualTo(3);
        CliRun unknown = CliRun.of("plan", "--minutes", "10", "--yes", "osteoporosis,back-ache");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).hasSize(1);
        assertThat(unknown.err()).contains("--yes", "back-ache");
    }

    @Test
    void aQuestionAnsweredTwiceInTheFileIsRefused() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"pregnant\": true, \"pregnant\": false}");
        CliRun run = CliRun.of("plan", "--minutes", "10", "--answers", answers.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("pregnant");
    }

    @Test
    void goStopsForPainEvenWhilePaused() {
        CliRun run = CliRun.withInput("3\np\nh\n5\n", "go", "--minutes", "5", "--place", "floor", "--speed", "20");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Paused.", "Stopped: this hurts.").doesNotContain("Done.");
    }

    @Test
    void goWithARedFlagSaysStopBeforeAskingAnything() {
        CliRun run = CliRun.withInput("", "go", "--minutes", "5", "--yes", "chest-pain", "--speed", "1000");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("emergency").doesNotContain("How much does your back hurt");
    }

    @Test
    void goKeepsTheSessionWhenNoPainIsGivenAfterwards() {
        CliRun run = CliRun.withInput("3\n", "go", "--minutes", "2", "--place", "floor", "--speed", "1000");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Done.", "saved without it");
    }

    @Test
    void goPlaysTheWholeRoutineAndAsksPainBeforeAndAfter() {
        CliRun run = CliRun.withInput("3\n1\n", "go", "--minutes", "3", "--place", "floor", "--speed", "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("How much does your back hurt right now", "Breathe in",
                "Breathe out", "Done.", "How much does your back hurt now", "Pain before 3, after 1");
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void goStopsAtOnceWhenItHurts() {
        CliRun run = CliRun.withInput("2\nh\n6\n", "go", "--minutes", "5", "--place", "floor", "--speed", "50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Stopped: this hurts.", "How much does it hurt now", "healthcare professional")
                .doesNotContain("Done.");
    }

    @Test
    void goSwapsTheCurrentExerciseForAnotherThatFits() {
        CliRun run = CliRun.withInput("1\ns\nw\n1\n", "go", "--minutes", "10", "--place", "floor", "--props", "mat,chair",
                "--speed", "500");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Skipped.", "Swapped.", "Instead: ", "Done.");
    }

    @Test
    void goSaysWhyThereIsNothingToSwapWhenThePlanSays() {
        // Two minutes at a desk end with mountain pose, and nothing else fits in its time: skip twice, then swap.
        CliRun run = CliRun.withInput("2\ns\ns\nw\nq\n2\n", "go", "--minutes", "2", "--place", "desk", "--speed", "50");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No swap: ", "Press s to skip this one.");
    }

    @Test
    void goWithARedFlagNeverStarts() throws Exception {
        Path answers = Files.writeString(folder.resolve("answers.json"), "{\"bladder-or-bowel\": true}");
        CliRun run = CliRun.withInput("0\n", "go", "--minutes", "5", "--answers", answers.toString(), "--speed", "1000");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("emergency").doesNotContain("Breathe in");
    }

    @Test
    void goRefusesAPainAnswerOutsideTheScaleThenAcceptsOne() {
        CliRun run = CliRun.withInput("eleven\n12\n4\n0\n", "go", "--minutes", "2", "--speed", "1000");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Please type a whole number from 0 to 10.", "Pain before 4");
    }
}
