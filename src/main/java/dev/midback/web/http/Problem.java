package dev.midback.web.http;

import dev.midback.input.Checked;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}), with the field at
 * fault when there is one. The same value becomes an HTML page for people (see {@link ErrorMapping}).
 */
public record Problem(int status, String title, String detail, String field) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem badField(String field, String detail) {
        return new Problem(400, "Invalid " + field, detail, field);
    }

    public static Problem notFound(String field, String detail) {
        return new Problem(404, "Not found", detail, field);
    }

    public static Problem forbidden(String field, String detail) {
        return new Problem(403, "Forbidden", detail, field);
    }

    /** The problem of input that did not pass its check. */
    public static Problem of(Checked<?> checked) {
        return badField(checked.field() == null ? "body" : checked.field(), checked.problem());
    }

    /** The same problem, thrown, to be answered by {@link ErrorMapping}. */
    public HttpProblem raise() {
        return new HttpProblem(this);
    }

    /** The problem as the JSON object sent over the wire. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
