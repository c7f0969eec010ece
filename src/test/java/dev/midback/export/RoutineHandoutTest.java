package dev.midback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.plan.DoseText;
import dev.midback.plan.History;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.plan.RoutinePlanner;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.testing.PdfDrawing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The printed routine, read back with PDFBox: every word a person needs, the figures as vector drawings, on the paper asked for. */
class RoutineHandoutTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();
    private static final RoutinePlanner PLANNER = new RoutinePlanner(CATALOG, new SafetyScreen());
    private static final LocalDate MADE = LocalDate.of(2026, 11, 25);
    /** The body's fill in the figures' light colours. */
    private static final String BODY = "#c7d9ea";

    private final RoutineHandout handout = new RoutineHandout(CATALOG);

    private static PlanRequest request(int minutes, Place place, Answers answers) {
        return new PlanRequest(minutes, place, Set.of(Prop.MAT, Prop.CHAIR, Prop.TOWEL), Level.BEGINNER, PainToday.NONE, answers);
    }

    @Test
    void theHandoutHasEveryExerciseWithItsDoseStepsBreathingAndKeyCautionThenTheNotice() {
        PlanRequest request = request(15, Place.FLOOR, Answers.yesTo(Question.OSTEOPOROSIS));
        Routine routine = PLANNER.plan(request, History.EMPTY);
        assertThat(routine.items()).hasSizeGreaterThan(2);
        assertThat(routine.items()).anySatisfy(i -> assertThat(i.keyCaution()).isNotNull());

        PdfDrawing pdf = PdfDrawing.read(handout.render(request, routine, MADE, Paper.A4));

        assertThat(pdf.text()).contains(RoutineHandout.TITLE, "Made on 25 November 2026", "15 minutes on the floor");
        int at = 0;
        for (RoutineItem item : routine.items()) {
            Exercise e = CATALOG.require(item.exerciseId());
            int name = pdf.text().indexOf(item.name(), at);
            assertThat(name).as("%s after the exercise before it", item.name()).isGreaterThanOrEqualTo(at);
            assertThat(pdf.text()).contains(DoseText.of(item));
            e.steps().forEach(step -> assertThat(pdf.text()).contains(step));
            assertThat(pdf.text()).contains("Breathing: " + e.breathing().replaceAll("\\s+", " "));
            if (item.keyCaution() != null) {
                assertThat(pdf.text()).contains("Take care: " + item.keyCaution());
            }
            at = name;
        }
        assertThat(pdf.text()).contains(SafetyScreen.WHEN_TO_GET_HELP, "Not medical advice. " + CATALOG.guide().notice());
        assertThat(pdf.text().indexOf("Not medical advice")).isGreaterThan(at);
    }

    @Test
    void everyKeyPositionIsDrawnAsVectorPathsAndNoImage() throws Exception {
        PlanRequest request = request(10, Place.FLOOR, Answers.NONE);
        Routine routine = PLANNER.plan(request, History.EMPTY);
        String xhtml = handout.xhtml(request, routine, MADE, Paper.A4);
        int frames = routine.items().stream().map(RoutineItem::exerciseId).distinct()
                .mapToInt(id -> CATALOG.require(id).frameNames().size()).sum();

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(frames);
        PdfDrawing pdf = PdfDrawing.read(handout.render(request, routine, MADE, Paper.A4));

        assertThat(pdf.fillsOf(BODY)).as("the body parts filled as paths").isGreaterThanOrEqualTo(frames);
        assertThat(pdf.pages().stream().mapToInt(PdfDrawing.Page::curves).sum()).as("the round ends of limbs").isPositive();
        assertThat(pdf.imagesHeld()).isZero();
        assertThat(pdf.imagesDrawn()).isZero();
    }

    @Test
    void noExerciseIsSplitAcrossPagesAndTheNoticeIsNeverAloneOnAPage() {
        for (Paper paper : Paper.values()) {
            for (int minutes : new int[] {6, 10, 30}) {
                PlanRequest request = new PlanRequest(minutes, Place.ANY, Set.of(Prop.MAT, Prop.CHAIR, Prop.TOWEL, Prop.FOAM_ROLLER),
                        Level.BEGINNER, PainToday.NONE, Answers.NONE);
                Routine routine = PLANNER.plan(request, History.EMPTY);

                PdfDrawing pdf = PdfDrawing.read(handout.render(request, routine, MADE, paper));

                assertThat(pdf.pages()).hasSizeGreaterThan(1);
                for (PdfDrawing.Page page : pdf.pages()) {
                    int starts = count(page.text(), "(about ");
                    int ends = count(page.text(), "Breathing: ") + count(page.text(), "Again, as number ");
                    assertThat(ends).as("%s, %d minutes: every exercise begun on a page ends there", paper, minutes).isEqualTo(starts);
                    if (page.text().contains("Breathing: ")) {
                        assertThat(page.fillsOf(BODY)).as("a page of exercises shown in full has their figures").isPositive();
                    }
                }
                assertThat(pdf.pages().get(pdf.pages().size() - 1).text()).contains("(about ", "Not medical advice");
            }
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void thePageIsA4OrUsLetterAsAsked() {
        PlanRequest request = request(5, Place.DESK, Answers.NONE);
        Routine routine = PLANNER.plan(request, History.EMPTY);

        PdfDrawing a4 = PdfDrawing.read(handout.render(request, routine, MADE, Paper.A4));
        PdfDrawing letter = PdfDrawing.read(handout.render(request, routine, MADE, Paper.LETTER));

        assertThat(a4.pages()).allSatisfy(p -> {
            assertThat(p.width() / 72 * 25.4).isCloseTo(210, org.assertj.core.data.Offset.offset(1.0));
            assertThat(p.height() / 72 * 25.4).isCloseTo(297, org.assertj.core.data.Offset.offset(1.0));
        });
        assertThat(letter.pages()).allSatisfy(p -> {
            assertThat(p.width()).isCloseTo(612, org.assertj.core.data.Offset.offset(1f));
            assertThat(p.height()).isCloseTo(792, org.assertj.core.data.Offset.offset(1f));
        });
        assertThat(letter.text()).contains("5 minutes at a desk");
    }
}
