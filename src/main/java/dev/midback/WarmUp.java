package dev.midback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A round of requests over the main pages and APIs of a freshly started server, so that a build can
 * record the classes a start and a first visit load (the class-data archive the launcher uses).
 */
final class WarmUp {

    private static final List<String> PAGES = List.of("/health", "/", "/?position=standing", "/guide", "/exercises/cat-cow",
            "/exercises/cat-cow/figure.svg?frame=1", "/api/exercises", "/api/exercises/cat-cow", "/start",
            "/plan/new", "/history", "/progress", "/reminders", "/static/app.css", "/sw.js", "/api/openapi.json", "/nowhere");

    private WarmUp() {
    }

    static void run(String base) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            for (String page : PAGES) {
                http.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.discarding());
            }
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"mat\"]}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
