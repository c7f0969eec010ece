package dev.midback.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Every URL the pages link to, in one place. */
public final class Paths {

    public static final String LIBRARY = "/";
    public static final String EXERCISE = "/exercises/{id}";
    public static final String FIGURE = "/exercises/{id}/figure.svg";
    public static final String MOTION = "/exercises/{id}/motion.svg";
    public static final String GUIDE = "/guide";
    public static final String HEALTH = "/health";
    public static final String START = "/start";
    public static final String PLAN_FORM = "/plan/new";
    public static final String ROUTINE = "/routine";
    public static final String PLANS = "/plans";
    public static final String PLAN = "/plans/{id}";
    public static final String PLAN_HANDOUT = "/plans/{id}/handout.pdf";
    public static final String PLAY = "/play/{id}";
    public static final String MANIFEST = "/manifest.webmanifest";
    public static final String SERVICE_WORKER = "/sw.js";
    public static final String API_PLANS = "/api/plans";
    public static final String API_PLAN = "/api/plans/{id}";
    public static final String API_TIMELINE = "/api/plans/{id}/timeline";
    public static final String API_SWAP = "/api/plans/{id}/swap";
    public static final String API_JOURNAL = "/api/journal";
    public static final String API_JOURNAL_ENTRY = "/api/journal/{id}";
    public static final String API_EXPORT = "/api/export";
    public static final String API_IMPORT = "/api/import";
    public static final String API_DATA = "/api/data";
    public static final String API_EXERCISES = "/api/exercises";
    public static final String API_EXERCISE = "/api/exercises/{id}";
    public static final String API_OPENAPI = "/api/openapi.json";
    public static final String STYLESHEET = "/static/app.css";
    public static final String STATIC_FILE = "/static/<path>";
    public static final String REMINDERS = "/reminders";
    public static final String REMINDERS_SUGGEST = "/reminders/suggest";
    public static final String REMINDER_EDIT = "/reminders/{id}/edit";
    public static final String REMINDER_DELETE = "/reminders/{id}/delete";
    public static final String CALENDAR = "/calendar.ics";
    public static final String CALENDAR_DOWNLOAD = "/calendar.ics?download=1";
    public static final String CALENDAR_FEED = "/calendar/{token}";
    public static final String API_REMINDERS = "/api/reminders";
    public static final String API_REMINDER = "/api/reminders/{id}";
    public static final String HISTORY = "/history";
    public static final String HISTORY_ENTRY = "/history/{id}";
    public static final String HISTORY_EDIT = "/history/{id}/edit";
    public static final String HISTORY_DELETE = "/history/{id}/delete";
    public static final String PROGRESS = "/progress";
    public static final String PROGRESS_PDF = "/progress.pdf";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_UP = "/sign-up";
    public static final String SIGN_OUT = "/sign-out";
    public static final String API_ACCOUNTS = "/api/accounts";
    public static final String API_CURRENT_ACCOUNT = "/api/accounts/current";
    public static final String API_SESSIONS = "/api/sessions";
    public static final String API_CURRENT_SESSION = "/api/sessions/current";

    private Paths() {
    }

    public static String exercise(String id) {
        return "/exercises/" + encode(id);
    }

    public static String figure(String id, int frame) {
        return exercise(id) + "/figure.svg?frame=" + frame;
    }

    public static String plan(String planId) {
        return "/plans/" + encode(planId);
    }

    /** The printable handout of a stored plan, on A4 or on the paper named ({@code letter}). */
    public static String handout(String planId, String paper) {
        return plan(planId) + "/handout.pdf" + (paper == null ? "" : "?paper=" + encode(paper));
    }

    public static String play(String planId) {
        return "/play/" + encode(planId);
    }

    public static String guide(String section) {
        return GUIDE + "#" + encode(section);
    }

    public static String historyEntry(String id) {
        return HISTORY + "/" + encode(id);
    }

    public static String historyEdit(String id) {
        return historyEntry(id) + "/edit";
    }

    public static String historyDelete(String id) {
        return historyEntry(id) + "/delete";
    }

    public static String reminderEdit(String id) {
        return REMINDERS + "/" + encode(id) + "/edit";
    }

    public static String reminderDelete(String id) {
        return REMINDERS + "/" + encode(id) + "/delete";
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
