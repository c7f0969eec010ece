package dev.midback.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Every URL the pages link to, in one place. */
public final class Paths {

    public static final String LIBRARY = "/";
    public static final String EXERCISE = "/exercises/{id}";
    public static final String FIGURE = "/exercises/{id}/figure.svg";
    public static final String GUIDE = "/guide";
    public static final String HEALTH = "/health";
    public static final String START = "/start";
    public static final String PLAN_FORM = "/plan/new";
    public static final String ROUTINE = "/routine";
    public static final String API_PLANS = "/api/plans";
    public static final String API_PLAN = "/api/plans/{id}";
    public static final String API_TIMELINE = "/api/plans/{id}/timeline";
    public static final String API_JOURNAL = "/api/journal";
    public static final String API_JOURNAL_ENTRY = "/api/journal/{id}";
    public static final String API_EXPORT = "/api/export";
    public static final String API_IMPORT = "/api/import";
    public static final String API_DATA = "/api/data";
    public static final String API_EXERCISES = "/api/exercises";
    public static final String API_EXERCISE = "/api/exercises/{id}";
    public static final String API_OPENAPI = "/api/openapi.json";
    public static final String STYLESHEET = "/static/app.css";

    private Paths() {
    }

    public static String exercise(String id) {
        return "/exercises/" + encode(id);
    }

    public static String figure(String id, int frame) {
        return exercise(id) + "/figure.svg?frame=" + frame;
    }

    public static String guide(String section) {
        return GUIDE + "#" + encode(section);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
