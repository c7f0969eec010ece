package dev.midback.export;

/** A small writer of well-formed XHTML: every text escaped, tables with captions and column headers. */
final class Xhtml {

    /** The print style of the reports: A4, plain type, ruled tables, page numbers at the foot. */
    static final String STYLE = """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: sans-serif; font-size: 8pt; color: #555; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #1f2933; line-height: 1.35; }
            h1 { font-size: 18pt; margin: 0 0 4pt 0; color: #143f5e; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; color: #143f5e; page-break-after: avoid; }
            .meta { color: #4b5563; margin: 0 0 8pt 0; }
            .statement { border: 1pt solid #1d5b85; background: #eef4f8; padding: 4pt 8pt; }
            .statement h2 { margin-top: 2pt; }
            .statement p { margin: 3pt 0; }
            table { width: 100%; border-collapse: collapse; margin: 2pt 0 6pt 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-style: italic; color: #4b5563; padding-bottom: 3pt; }
            th, td { border-bottom: 0.5pt solid #b9b4aa; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
            th { background: #f1efe9; font-weight: bold; }
            tr { page-break-inside: avoid; }
            .bar-cell { width: 28%; }
            .bar { height: 8pt; background: #1d5b85; }
            .thumb { display: block; width: 24mm; height: 18mm; margin: 0 0 2pt 0; border: 0.5pt solid #d6d2c8; }
            .notice { margin-top: 16pt; border-top: 0.5pt solid #b9b4aa; padding-top: 6pt; color: #4b5563; }
            """;

    private final StringBuilder out = new StringBuilder();

    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    Xhtml element(String name, String text) {
        return raw("<" + name + ">").text(text).raw("</" + name + ">");
    }

    Xhtml element(String name, String text, String cssClass) {
        return raw("<" + name + " class=\"" + escape(cssClass) + "\">").text(text).raw("</" + name + ">");
    }

    /** Opens a table with its caption and header row, and its body; the caller closes it. */
    Xhtml table(String caption, String... columns) {
        raw("<table>").element("caption", caption).raw("<thead><tr>");
        for (String column : columns) {
            raw("<th scope=\"col\">").text(column).raw("</th>");
        }
        return raw("</tr></thead><tbody>");
    }

    /** A body row whose first cell heads the row. */
    Xhtml row(String... cells) {
        raw("<tr>");
        for (int i = 0; i < cells.length; i++) {
            String tag = i == 0 ? "th" : "td";
            raw("<" + tag + (i == 0 ? " scope=\"row\"" : "") + ">").text(cells[i]).raw("</" + tag + ">");
        }
        return raw("</tr>");
    }

    Xhtml head(String text) {
        return raw("<th scope=\"row\">").text(text).raw("</th>");
    }

    Xhtml cell(String text) {
        return raw("<td>").text(text).raw("</td>");
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
