package dev.midback.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.web.http.Problem;
import dev.midback.web.http.SecurityHeaders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * address or headers too long, a bad host): the same problem+json, in UTF-8, with the security
 * headers, instead of Jetty's own HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = Problem.CONTENT_TYPE + "; charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.apply(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, TYPE));
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private static byte[] body(int status, String reason, String path) {
        String title = HttpStatus.getMessage(status);
        Map<String, Object> body = new Problem(status, title == null ? "Bad request" : title,
                detail(status, reason), field(status)).body(path);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String detail(int status, String reason) {
        return switch (status) {
            case 414 -> "the address is too long";
            case 431 -> "the request's headers are too large";
            case 413 -> "the body is too large";
            default -> "the request could not be read" + (reason == null ? "" : ": " + reason);
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
