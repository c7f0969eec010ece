package dev.midback.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How handlers answer with data: JSON in UTF-8, a problem, a redirect after a change, or nothing. */
public final class Responses {

    public static final String JSON = "application/json; charset=utf-8";

    /** Writes every character as UTF-8, an emoji too (not as a pair of escaped surrogates). */
    public static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final ObjectMapper json = WRITER;

    public void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(bytes(body));
    }

    /** A problem as {@code application/problem+json}, in UTF-8. */
    public void problem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE + "; charset=utf-8").result(bytes(problem.body(ctx.path())));
    }

    /** After a change made by a form: the browser goes to {@code location} with a GET. */
    public void seeOther(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    public void noContent(Context ctx) {
        ctx.status(204);
    }

    public byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
