package dev.midback.web;

import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.SecurityHeaders;
import dev.midback.web.view.Pages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches the app (a malformed request line, an
 * address or headers too long, bytes in the address that are not UTF-8): the same answer as
 * {@link ErrorMapping} gives, problem+json for the API and a page for people, in UTF-8, with the
 * security headers, instead of Jetty's own HTML page.
 */
final class JettyErrors extends ErrorHandler {

    /** The address Jetty gives a request it could not read far enough to know where it went. */
    private static final String UNREAD = "/badMessage";
    private static final String TYPE = Problem.CONTENT_TYPE + "; charset=utf-8";

    private final ErrorMapping errors;

    JettyErrors(ErrorMapping errors) {
        this.errors = errors;
        setCacheControl("no-store");
    }

    /** Every refusal says why, whatever the method: Jetty would leave the body of a PUT or DELETE empty. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (UNREAD.equals(path)) {
            path = null;
        }
        Problem problem = problem(code, message);
        boolean json = path == null || ErrorMapping.wantsJson(path, request.getHeaders().get(HttpHeader.ACCEPT));
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.apply(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, json ? TYPE : Pages.HTML);
        byte[] body = json ? json(problem, path) : errors.page(problem);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, TYPE));
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(json(problem(status, reason), null));
    }

    private static Problem problem(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        return new Problem(status, title == null ? "Bad request" : title, detail(status, reason), field(status));
    }

    private static byte[] json(Problem problem, String path) {
        try {
            return Responses.WRITER.writeValueAsBytes(problem.body(path));
        } catch (IOException e) {
            return ("{\"status\":" + problem.status() + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String detail(int status, String reason) {
        return switch (status) {
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            case 413 -> "the body is too large";
            case 505 -> "only HTTP/1.1 and HTTP/2 are spoken here";
            default -> "the request could not be read" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        };
    }

    private static String field(int status) {
        return switch (status) {
            case 414 -> "path";
            case 431 -> "headers";
            case 413 -> "body";
            default -> null;
        };
    }
}
