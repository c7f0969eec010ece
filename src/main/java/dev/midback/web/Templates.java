package dev.midback.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The jte pages, compiled with the program; each root template takes one page record. */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }
}
