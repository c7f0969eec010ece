package dev.midback.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem thrown from a handler or filter: {@link ErrorMapping} answers it as problem+json for the
 * API and as a page for people, with the way back and any headers it carries.
 */
public final class HttpProblem extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;
    private final String backUrl;
    private final String backLabel;

    HttpProblem(Problem problem) {
        this(problem, Map.of(), null, null);
    }

    private HttpProblem(Problem problem, Map<String, String> headers, String backUrl, String backLabel) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
        this.backUrl = backUrl;
        this.backLabel = backLabel;
    }

    /** The same problem, and on a page for people a link back to where they were. */
    public HttpProblem back(String url, String label) {
        return new HttpProblem(problem, headers, url, label);
    }

    /** The same problem with a header on the answer ({@code Retry-After}, {@code Allow}). */
    public HttpProblem header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpProblem(problem, Map.copyOf(more), backUrl, backLabel);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String backUrl() {
        return backUrl;
    }

    public String backLabel() {
        return backLabel;
    }
}
