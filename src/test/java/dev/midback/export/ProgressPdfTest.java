package dev.midback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.ProgressCalculator;
import dev.midback.journal.ProgressReport;
import dev.midback.testing.PdfDrawing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF progress report, read back with PDFBox as a clinician's software would. */
class ProgressPdfTest {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();
    private static final ProgressCalculator CALCULATOR = new ProgressCalculator(CATALOG);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** The body's fill in the figures' light colours. */
    private static final String BODY = "#c7d9ea";
    private static final String NOTICE = "General guidance only; see a physio & a doctor <soon>.";

    private final ProgressPdf pdf = new ProgressPdf(CATALOG, NOTICE);

    @Test
    void theReportHasTheDatesTheStatementThePainTheWeeksTheHoldsAndTheNotice() throws Exception {
        ProgressReport report = CALCULATOR.report(List.of(
                entry("2026-11-02T08:00", 6, 4, false, 20),
                entry("2026-11-04T08:00", 6, 5, true, 20),
                entry("2026-11-16T08:00", 4, 3, false, 25),
                entry("2026-11-20T08:00", 3, 2, false, 30)), 3, TODAY, ZoneOffset.UTC);

        String text = text(pdf.render(report));

        assertThat(text).contains("Mid-back progress report", "Sessions from 2 Nov 2026 to 20 Nov 2026 (4 sessions)",
                "Made on 25 Nov 2026");
        assertThat(text).contains("6.0 in your first week and 3.5 in your latest week", "down 2.5 points (42%)",
                "large enough to matter");
        assertThat(text).contains("Mon 2 Nov 2026, 08:00 6 4 down 2", "Wed 4 Nov 2026, 08:00 6 5 down 1 yes",
                "Fri 20 Nov 2026, 08:00 3 2 down 1");
        assertThat(text).contains("2 Nov 2026, week 45 2 1 3 no", "16 Nov 2026, week 47 2 0 3 no",
                "23 Nov 2026, week 48 (so far) 0 0 3 not yet");
        assertThat(text).contains("Thread the needle seconds 20 (2 Nov 2026) 30 (20 Nov 2026) +10 4");
        assertThat(text).contains("Not medical advice. " + NOTICE);
    }

    @Test
    void eachExerciseOfTheAmountsTableIsDrawnBesideItsNameAsVectorPaths() throws Exception {
        List<JournalEntry> entries = List.of(entry("2026-11-02T08:00", 6, 4, false, 20), entry("2026-11-20T08:00", 3, 2, false, 30),
                new JournalEntry("2026-11-21T08:00", LocalDateTime.parse("2026-11-21T08:00").toInstant(ZoneOffset.UTC), null,
                        List.of(new JournalEntry.Item("cat-cow", true, 5)), 3, 2, null, "", false));
        ProgressReport withAmounts = CALCULATOR.report(entries, 3, TODAY, ZoneOffset.UTC);
        ProgressReport withoutAmounts = CALCULATOR.report(List.of(new JournalEntry("2026-11-20T08:00",
                LocalDateTime.parse("2026-11-20T08:00").toInstant(ZoneOffset.UTC), null,
                List.of(new JournalEntry.Item("thread-the-needle", true, null)), 3, 2, null, "", false)), 3, TODAY, ZoneOffset.UTC);

        var rows = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(pdf.xhtml(withAmounts).getBytes(StandardCharsets.UTF_8))).getElementsByTagName("th");
        List<String> drawn = new java.util.ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            var svg = ((org.w3c.dom.Element) rows.item(i)).getElementsByTagName("svg");
            if (svg.getLength() > 0) {
                drawn.add(((org.w3c.dom.Element) svg.item(0)).getElementsByTagName("title").item(0).getTextContent());
            }
        }
        PdfDrawing figures = PdfDrawing.read(pdf.render(withAmounts));
        PdfDrawing none = PdfDrawing.read(pdf.render(withoutAmounts));

        assertThat(drawn).containsExactlyInAnyOrder("Cat-cow, position 1 of 2: cat", "Thread the needle, position 1 of 2: all fours");
        assertThat(figures.fillsOf(BODY)).as("the bodies filled as paths").isGreaterThanOrEqualTo(2);
        assertThat(none.fillsOf(BODY)).as("no exercise row, no drawing").isZero();
        assertThat(figures.imagesHeld() + figures.imagesDrawn()).isZero();
        assertThat(figures.text()).contains("Thread the needle seconds 20 (2 Nov 2026) 30 (20 Nov 2026) +10 2",
                "Cat-cow repetitions 5 (21 Nov 2026) 5 (21 Nov 2026) 0 1");
    }

    @Test
    void itsSourceIsWellFormedXhtmlWithEveryTextEscaped() throws Exception {
        ProgressReport report = CALCULATOR.report(List.of(entry("2026-11-20T08:00", 3, 2, false, 30)), 3, TODAY, ZoneOffset.UTC);

        String xhtml = pdf.xhtml(report);

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTextContent()).contains(NOTICE);
        assertThat(xhtml).contains("&amp; a doctor &lt;soon&gt;");
        assertThat(document.getElementsByTagName("caption").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("th").item(0).getAttributes().getNamedItem("scope").getNodeValue()).isEqualTo("col");
    }

    @Test
    void anEmptyJournalStillGivesAReportThatSaysSo() throws Exception {
        String text = text(pdf.render(CALCULATOR.report(List.of(), 3, TODAY, ZoneOffset.UTC)));

        assertThat(text).contains("Mid-back progress report", "No sessions are recorded yet", "Not medical advice");
    }

    @Test
    void aLongJournalGivesAReportOfTheRecentWeeksThatSaysSo() throws Exception {
        List<JournalEntry> entries = new java.util.ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2023, 11, 27, 8, 0);
        for (int i = 0; i < 1000; i++) {
            entries.add(entry(start.plusHours(26L * i).toString(), i < 500 ? 7 : 3, 2, false, 20));
        }
        ProgressReport report = CALCULATOR.report(entries, 3, TODAY, ZoneOffset.UTC);

        String xhtml = pdf.xhtml(report);
        String text = text(pdf.render(report));

        assertThat(text).contains("(1000 sessions)", "the last 12 weeks (from 7 Sep 2026)", "of your 1000 sessions",
                "7.0 in your first week and 3.0 in your latest week");
        int painRows = xhtml.substring(xhtml.indexOf("Pain from 0 to 10 at each session"), xhtml.indexOf("Sessions per week")).split("<tr>", -1).length - 2;
        assertThat(painRows).isEqualTo(report.sessions().size()).isLessThanOrEqualTo(ProgressReport.MOST_SESSIONS).isPositive();
    }

    private static String text(byte[] bytes) throws Exception {
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static JournalEntry entry(String at, int before, int after, boolean stopped, int hold) {
        return new JournalEntry(at, LocalDateTime.parse(at).toInstant(ZoneOffset.UTC), null,
                List.of(new JournalEntry.Item("thread-the-needle", true, hold)), before, after, null, "", stopped);
    }
}
