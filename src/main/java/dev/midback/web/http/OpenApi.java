package dev.midback.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document describing the JSON API, shipped as a resource. */
public final class OpenApi {

    private final String document;

    public OpenApi() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the program");
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String document() {
        return document;
    }
}
