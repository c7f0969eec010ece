package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.store.JdbcJournalStore;
import dev.midback.testing.RunningServer;
import dev.midback.web.view.DateText;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The progress page and the PDF report against the real server, over three weeks of sessions
 * posted through the API: the change statement, the charts with their summaries and tables.
 */
class ProgressWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        // First week: pain before 7, 7 and 6 (6.7 on average); latest week: 4 and 3 (3.5): a drop that matters.
        add(20, 7, 5, false, "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 2}");
        add(18, 7, 6, false, "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 2}");
        add(16, 6, 4, true, "{\"exerciseId\": \"cobra\", \"done\": false, \"amount\": 3}");
        add(10, 5, 4, false, "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 3}");
        add(3, 4, 2, false, "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 4}, {\"exerciseId\": \"thread-the-needle\", \"done\": true, \"amount\": 25}");
        add(1, 3, 1, false, "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 4}, {\"exerciseId\": \"thread-the-needle\", \"done\": true, \"amount\": 30}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theChangeInPainComesFirstAndSaysPlainlyThatItMatters() {
        String body = server.get("/progress").body();
        int statement = body.indexOf("Change in pain");
        assertThat(statement).isPositive().isLessThan(body.indexOf("<svg"));
        assertThat(body).contains("6.7 in your first week and 3.5 in your latest week", "large enough to matter",
                "change-statement better");
        assertThat(body).contains("6 sessions").contains("href=\"/progress.pdf\"");
    }

    @Test
    void everyChartIsAnImageWithASummaryAndATableOfItsNumbers() {
        String body = server.get("/progress").body();
        Matcher svgs = Pattern.compile("<svg viewBox=\"[^\"]+\" role=\"img\" aria-label=\"([^\"]+)\"").matcher(body);
        int charts = 0;
        while (svgs.find()) {
            charts++;
            assertThat(svgs.group(1)).isNotBlank();
        }
        assertThat(charts).as("pain, weeks, calendar and two exercises").isEqualTo(5);
        assertThat(body).contains("aria-label=\"Pain from 0 to 10 at 6 sessions", "Stopped for pain once.");
        assertThat(body).contains("aria-label=\"Cobra, breaths per set over 5 sessions: from 2 to 4 (up 2).\"");
        assertThat(body).contains("aria-label=\"Thread the needle, seconds per set over 2 sessions: from 25 to 30 (up 5).\"");
        assertThat(count(body, "<caption>")).isEqualTo(5);
        assertThat(body).contains("<th scope=\"col\">Before</th>", "<th scope=\"col\">After</th>", "<th scope=\"row\">");
        assertThat(body).contains("<td>7</td><td>5</td><td>down 2</td>", "<td>3</td><td>1</td><td>down 2</td>");
        assertThat(body).contains("class=\"line before\"", "class=\"line after\"", "<rect class=\"dot after\"", "<circle class=\"dot before\"");
        assertThat(body).contains("Pain before (solid line, round points)", "Pain after (dashed line, square points)");
    }

    @Test
    void weeksAreShownAgainstThePlanAndTheCalendarMarksEachDay() {
        String body = server.get("/progress").body();
        assertThat(body).containsPattern("class=\"plan-text\"[^>]*>plan: \\d a week</text>");
        assertThat(body).contains("Sessions the plan asked for that week", "<th scope=\"col\">Week of</th>", " (so far)</th>");
        LocalDate stopped = LocalDate.ofInstant(Instant.now().minus(16, ChronoUnit.DAYS), ZoneOffset.UTC);
        assertThat(body).contains("aria-hidden=\"true\">!</span> <span class=\"cal-word stopped\">stopped</span>",
                "aria-hidden=\"true\">✓</span> <span class=\"cal-word done\">done</span>", "A session", "No session");
        assertThat(body).contains("<title>" + DateText.date(stopped) + ": a session, stopped for pain</title>");
    }

    @Test
    void eachWeekIsMeasuredAgainstThePlanAsItStoodWhenTheWeekBegan() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY).minusWeeks(2);
        try (RunningServer fresh = RunningServer.start()) {
            for (LocalDate day : List.of(monday, monday.plusDays(2), monday.plusDays(4), monday.plusDays(7))) {
                String at = day.atTime(8, 0).toInstant(ZoneOffset.UTC).toString();
                assertThat(fresh.post("/api/journal", "{\"at\": \"" + at + "\", \"painBefore\": 4, \"painAfter\": 3}").statusCode())
                        .isEqualTo(201);
            }
            String body = fresh.get("/progress").body();
            // Three comfortable sessions met the starting plan of 3; the plan then grew to 4 for the next week.
            assertThat(body).contains("<th scope=\"row\">" + DateText.date(monday) + ", week " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    + "</th><td>3</td><td>0</td><td>3</td><td>yes</td>");
            assertThat(body).contains("<th scope=\"row\">" + DateText.date(monday.plusWeeks(1)) + ", week "
                    + monday.plusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "</th><td>1</td><td>0</td><td>4</td><td>no</td>");
        }
    }

    @Test
    void thePdfReportCarriesTheStatementThePainNumbersAndTheNotice() throws Exception {
        HttpResponse<byte[]> pdf = Forms.download(server, "/progress.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Mid-back progress report", "6.7 in your first week and 3.5 in your latest week",
                    "large enough to matter", "Not medical advice", server.catalog().guide().notice().replaceAll("\\s+", " "));
            assertThat(text).contains(" 7 5 down 2", " 6 4 down 2 yes", " 3 1 down 2");
            assertThat(text).contains("Cobra", "Thread the needle");
        }
    }

    @Test
    void anEmptyJournalShowsAFriendlyWayToStart() {
        try (RunningServer empty = RunningServer.start()) {
            HttpResponse<String> page = empty.get("/progress");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("your journal has no sessions", "href=\"/start\"").doesNotContain("<svg viewBox");
            assertThat(Forms.download(empty, "/progress.pdf").statusCode()).isEqualTo(200);
            assertThat(empty.get("/history").body()).contains("Your journal has no sessions yet", "href=\"/start\"")
                    .doesNotContain("class=\"history-list\"");
        }
    }

    @Test
    void sessionsAnOlderVersionStoredWithWildDatesBreakNoPage() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            String at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            assertThat(fresh.post("/api/journal", "{\"at\": \"" + at + "\", \"painBefore\": 5, \"painAfter\": 3}").statusCode()).isEqualTo(201);
            JdbcJournalStore store = new JdbcJournalStore(fresh.database());
            for (String wild : List.of("+1000000000-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                    "-1000000000-01-01T00:00:00Z")) {
                store.add(JournalStore.LOCAL, new JournalEntry(UUID.randomUUID().toString(), Instant.parse(wild), null,
                        List.of(new JournalEntry.Item("cobra", true, 4)), 8, 9, null, "", true));
            }
            JsonNode plan = JSON.readTree(fresh.post("/api/plans", "{\"minutes\": 10, \"place\": \"floor\"}").body());
            String planId = plan.get("id").asText();
            JsonNode cues = JSON.readTree(fresh.get("/api/plans/" + planId + "/timeline").body()).get("cues");
            JsonNode lastCue = cues.get(cues.size() - 1);
            int total = lastCue.get("at").asInt() + lastCue.get("seconds").asInt();

            for (String path : List.of("/history", "/progress", "/reminders", "/plan/new", "/api/journal", "/api/export")) {
                assertThat(fresh.get(path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(Forms.download(fresh, "/progress.pdf").statusCode()).isEqualTo(200);
            assertThat(fresh.get("/api/plans/" + planId + "/swap?exercise=" + plan.get("items").get(1).get("exerciseId").asText()
                    + "&from=0&to=" + total).statusCode()).as("a swap, or no exercise that fits").isIn(200, 404);
            String progress = fresh.get("/progress").body();
            assertThat(progress).contains("1 session", "The charts and tables show every session").doesNotContain("Stopped for pain once");
        }
    }

    @Test
    void aLongJournalIsChartedOverTheLastTwelveWeeksWhileTheChangeInPainCoversItAll() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            // Two sessions a week for two years: pain 7 at first, 3 over the last months.
            StringBuilder journal = new StringBuilder();
            Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(728, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
            int sessions = 0;
            for (int day = 0; day < 728; day += 3, sessions++) {
                int pain = day < 400 ? 7 : 3;
                journal.append(sessions == 0 ? "" : ",").append("{\"id\": \"").append(UUID.randomUUID()).append("\", \"at\": \"")
                        .append(start.plus(day, ChronoUnit.DAYS)).append("\", \"painBefore\": ").append(pain).append(", \"painAfter\": ")
                        .append(pain - 1).append(", \"items\": [{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 3}]}");
            }
            assertThat(fresh.post("/api/import", "{\"format\": \"midback\", \"version\": 1, \"journal\": [" + journal + "]}")
                    .statusCode()).isEqualTo(200);

            String body = fresh.get("/progress").body();

            assertThat(body).contains(sessions + " sessions", "7.0 in your first week and 3.0 in your latest week",
                    "The charts and tables show the last 12 weeks (from ");
            Matcher shown = Pattern.compile("The charts and tables show the last 12 weeks \\(from [^)]+\\): (\\d+) of your (\\d+) sessions")
                    .matcher(body);
            assertThat(shown.find()).isTrue();
            int charted = Integer.parseInt(shown.group(1));
            assertThat(charted).isBetween(24, 29);
            assertThat(body).contains("aria-label=\"Pain from 0 to 10 at " + charted + " sessions");
            assertThat(body).contains("Sessions in each of 12 weeks");
            try (PDDocument document = Loader.loadPDF(Forms.download(fresh, "/progress.pdf").body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("(" + sessions + " sessions)", charted + " of your " + sessions + " sessions");
                assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(4);
            }
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static void add(int daysAgo, int before, int after, boolean stopped, String items) {
        String at = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> created = server.post("/api/journal", "{\"at\": \"" + at + "\", \"items\": [" + items + "], \"painBefore\": "
                + before + ", \"painAfter\": " + after + ", \"stoppedForPain\": " + stopped + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
