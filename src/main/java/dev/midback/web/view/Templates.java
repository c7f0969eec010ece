package dev.midback.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * The jte pages, compiled with the program. Each root template takes its page record as
 * {@code page} and the request's {@link Frame} as {@code frame}; pages come out as UTF-8 bytes.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] render(String template, Object page, Frame frame) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, Map.of("page", page, "frame", frame), output);
        return output.toByteArray();
    }
}
