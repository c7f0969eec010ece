package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderKind;
import dev.midback.testing.HeadlessChromium;
import dev.midback.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person in headless Chromium: adds a reminder with the form, finds it listed and in the feed, and gets it as a pop-up. */
class ReminderBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Stands in for the browser's notifications: records each one, and grants permission when asked. */
    private static final String FAKE_NOTIFICATIONS = """
            window.shown = [];
            window.Notification = class {
                static permission = "default";
                static async requestPermission() { window.Notification.permission = "granted"; return "granted"; }
                constructor(title, options) { window.shown.push({ title, body: options.body }); }
            };
            """;

    private static RunningServer server;
    private static HeadlessChromium chromium;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        server = RunningServer.start();
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900).setTimezoneId("UTC"));
        page = context.newPage();
        page.onRequest(request -> requests.add(request.url()));
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(requests).as("every request stays on the app's own server")
                .allSatisfy(url -> assertThat(url).startsWith(server.url("/")));
    }

    @Test
    void addAReminderWithTheFormSeeItListedAndFetchTheFeed() throws Exception {
        page.navigate(server.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders")).click();
        page.waitForURL("**/reminders");

        Locator form = page.locator("form.reminder-form");
        form.getByLabel("What for").selectOption("desk-break");
        form.getByLabel("Tuesday").check();
        form.getByLabel("Thursday").check();
        form.getByLabel("Time", new Locator.GetByLabelOptions().setExact(true)).fill("14:30");
        form.getByLabel("Time zone").fill("Europe/Vienna");
        form.getByLabel("Label").fill("Shoulder rolls");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add reminder")).click();
        page.waitForURL(url -> url.endsWith("/reminders?done=added"));

        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Reminder added.");
        Locator listed = page.locator(".reminder").filter(new Locator.FilterOptions().setHasText("Shoulder rolls"));
        assertThat(listed.textContent()).contains("Desk break", "Tue, Thu at 14:30 (Europe/Vienna time)", "· next ");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reminders.png")).setFullPage(true));

        String feedUrl = page.locator(".feed code").textContent();
        assertThat(feedUrl).startsWith(server.url("/calendar/")).matches(".*/calendar/[0-9a-f]{48}");
        APIResponse feed = page.request().get(feedUrl);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("text/calendar");
        assertThat(feed.text()).contains("SUMMARY:Shoulder rolls", "RRULE:FREQ=WEEKLY;BYDAY=TU,TH", "DTSTART;TZID=Europe/Vienna:");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the calendar file")).click());
        assertThat(download.suggestedFilename()).isEqualTo("midback-reminders.ics");
        assertThat(Files.readString(download.path())).contains("BEGIN:VCALENDAR", "SUMMARY:Shoulder rolls", "BEGIN:VALARM");
    }

    @Test
    void anUnknownTimeZoneIsShownAtItsFieldAndNothingIsAdded() {
        int before = server.count("reminders");
        page.navigate(server.url("/reminders"));
        Locator form = page.locator("form.reminder-form");
        form.getByLabel("Monday").check();
        form.getByLabel("Time", new Locator.GetByLabelOptions().setExact(true)).fill("08:15");
        form.getByLabel("Time zone").fill("Europe/Nowhere");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add reminder")).click();
        page.waitForLoadState();

        Locator alert = form.getByRole(AriaRole.ALERT);
        assertThat(alert.textContent()).contains("Nothing was saved.", "time zone");
        assertThat(form.getByLabel("Time zone").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.getByLabel("Time zone").inputValue()).isEqualTo("Europe/Nowhere");
        assertThat(form.getByLabel("Monday").isChecked()).as("the form comes back as it was filled in").isTrue();
        alert.getByRole(AriaRole.LINK).click();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("add-timeZone");
        assertThat(server.count("reminders")).isEqualTo(before);
    }

    @Test
    void suggestingFromThePlanTwiceAddsTheRemindersOnce() {
        page.navigate(server.url("/reminders"));
        Locator form = page.locator("form[action='/reminders/suggest']");
        assertThat(form.getByLabel("Session time").inputValue()).isEqualTo("07:30");
        assertThat(form.getByLabel("Work starts").inputValue()).isEqualTo("09:00");
        assertThat(form.getByLabel("Work ends").inputValue()).isEqualTo("17:00");
        form.getByLabel("Work ends").fill("12:00");
        form.getByLabel("Time zone").fill("Europe/Rome");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suggest from my plan")).click();
        page.waitForURL(url -> url.contains("done=suggested"));
        String first = page.getByRole(AriaRole.STATUS).first().textContent();
        assertThat(first).matches("(?s).*Added \\d+ reminders? from your plan.*");
        int kept = server.count("reminders");

        page.locator("form[action='/reminders/suggest']").getByLabel("Work ends").fill("12:00");
        page.locator("form[action='/reminders/suggest']").getByLabel("Time zone").fill("Europe/Rome");
        page.locator("form[action='/reminders/suggest']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Suggest from my plan")).click();
        page.waitForURL(url -> url.contains("added=0"));
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("No new reminders were needed", "you already had");
        assertThat(server.count("reminders")).isEqualTo(kept);
    }

    @Test
    void aReminderPopsUpAtItsTimeOnlyAfterNotificationsAreTurnedOn() {
        // Monday 5 January 2026, 07:58 UTC; the reminder is due at 08:00
        assertThat(server.post("/api/reminders", "{\"kind\": \"session\", \"days\": [\"MO\"], \"time\": \"08:00\", "
                + "\"timeZone\": \"UTC\", \"label\": \"Morning stretch\"}").statusCode()).isEqualTo(201);
        page.addInitScript(FAKE_NOTIFICATIONS);
        page.clock().install(new Clock.InstallOptions().setTime("2026-01-05T07:58:00Z"));
        page.navigate(server.url("/reminders"));

        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on notifications"));
        assertThat(button.isVisible()).isTrue();
        assertThat(page.locator("#notify-status").textContent()).contains("off");
        page.clock().runFor(5 * 60_000);
        assertThat(page.evaluate("window.shown.length")).as("nothing pops up without permission").isEqualTo(0);

        page.clock().setSystemTime("2026-01-12T07:58:00Z"); // the next Monday
        button.click();
        page.waitForCondition(() -> page.locator("#notify-status").textContent().contains("will pop up"));
        assertThat(button.isVisible()).isFalse();
        page.clock().runFor(60_000);
        assertThat(page.evaluate("window.shown.length")).as("not yet at 07:59").isEqualTo(0);
        page.clock().runFor(2 * 60_000);
        assertThat(page.evaluate("window.shown.map(n => n.title)")).isEqualTo(List.of("Morning stretch"));
        // and a week later again, the timer being set anew after each pop-up
        page.clock().runFor(7L * 24 * 60 * 60_000);
        assertThat(page.evaluate("window.shown.filter(n => n.title === 'Morning stretch').length")).isEqualTo(2);
    }

    @Test
    void theBrowserAndTheServerAgreeWhenAReminderIsNextDue() {
        page.navigate(server.url("/reminders"));
        String[][] cases = {
            {"MO,WE,FR", "08:00", "Europe/Berlin", "2026-03-27T12:00:00Z"},   // over the change to summer time
            {"SU", "02:30", "America/New_York", "2026-11-01T12:00:00Z"},      // back to standard time
            {"TU,TH", "23:45", "Asia/Kolkata", "2026-06-02T18:20:00Z"},       // half-hour offset, late in the day
            {"SA", "09:00", "Pacific/Auckland", "2026-04-03T10:00:00Z"},      // a day ahead of UTC
        };
        for (String[] c : cases) {
            List<DayOfWeek> days = java.util.Arrays.stream(c[0].split(","))
                    .map(code -> dev.midback.reminder.Weekdays.parse(code).orElseThrow()).toList();
            Instant after = Instant.parse(c[3]);
            Reminder r = new Reminder("x", ReminderKind.SESSION, days, LocalTime.parse(c[1]), ZoneId.of(c[2]), "x", true, after, after);
            Object next = page.evaluate("async ([days, time, timeZone, after]) => {"
                    + " const m = await import('/static/js/reminders.js');"
                    + " return new Date(m.nextTime({ days: days.split(','), time, timeZone }, Date.parse(after))).toISOString(); }",
                    List.of(c[0], c[1], c[2], c[3]));
            assertThat(Instant.parse((String) next)).as(String.join(" ", c)).isEqualTo(r.next(after).toInstant());
        }
    }

    @Test
    void phoneWidthNeedsNoSidewaysScrolling() {
        Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(360, 740));
        try {
            phone.navigate(server.url("/reminders"));
            Object width = phone.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-reminders.png")).setFullPage(true));
        } finally {
            phone.close();
        }
    }
}
