package dev.midback.figure;

import dev.midback.catalog.Exercise;
import java.util.List;

/**
 * One HTML page showing every exercise's figure for a person to look over: per exercise its name, id and
 * steps, then each key frame with its name under it, and the left-side mirror of an exercise done on each
 * side. The pictures are PNG files in a {@code frames} folder beside the page. Nothing on it changes from run
 * to run, so two sheets of the same figures are the same.
 */
final class ContactSheet {

    static final String TITLE = "Midback exercise figures";

    private ContactSheet() {
    }

    static String html(List<Exercise> exercises) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                body { margin: 0; padding: 16px 24px; font: 14px/1.4 sans-serif; color: #1f2d3d; background: #fff; }
                h1 { font-size: 22px; margin: 0 0 4px; }
                section { border-top: 1px solid #cbd5e1; padding: 12px 0 8px; }
                h2 { font-size: 18px; margin: 0 0 4px; }
                h2 code { font-size: 13px; font-weight: normal; color: #475569; margin-left: 8px; }
                h3 { font-size: 14px; margin: 8px 0 4px; color: #475569; }
                ol { margin: 4px 0 8px; padding-left: 22px; }
                .frames { display: flex; flex-wrap: wrap; gap: 10px; }
                figure { margin: 0; width: 240px; }
                img { display: block; width: 240px; height: 240px; border: 1px solid #e2e8f0; box-sizing: content-box; }
                figcaption { text-align: center; font-size: 13px; padding-top: 2px; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                <p>Every key frame of every exercise, as the site draws it; exercises done on each side also mirrored for the left side.</p>
                """.formatted(TITLE, TITLE));
        for (Exercise exercise : exercises) {
            html.append("<section id=\"").append(escape(exercise.id())).append("\">\n<h2>").append(escape(exercise.name()))
                    .append("<code>").append(escape(exercise.id())).append("</code></h2>\n<ol>\n");
            exercise.steps().forEach(step -> html.append("<li>").append(escape(step)).append("</li>\n"));
            html.append("</ol>\n");
            List<FramePicture> pictures = FramePicture.of(exercise);
            frames(html, pictures.stream().filter(p -> !p.mirrored()).toList());
            if (exercise.perSide()) {
                html.append("<h3>Left side (mirrored)</h3>\n");
                frames(html, pictures.stream().filter(FramePicture::mirrored).toList());
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void frames(StringBuilder html, List<FramePicture> pictures) {
        html.append("<div class=\"frames\">\n");
        for (FramePicture picture : pictures) {
            String caption = (picture.index() + 1) + ". " + picture.frameName() + (picture.mirrored() ? ", mirrored" : "");
            html.append("<figure><img src=\"frames/").append(escape(picture.fileName())).append("\" width=\"")
                    .append(FrameRasteriser.SIZE).append("\" height=\"").append(FrameRasteriser.SIZE).append("\" alt=\"")
                    .append(escape(picture.label())).append("\"><figcaption>").append(escape(caption))
                    .append("</figcaption></figure>\n");
        }
        html.append("</div>\n");
    }

    private static String escape(String text) {
        return Svg.escape(text);
    }
}
