package dev.midback.figure;

import static dev.midback.figure.Svg.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a figure as a standalone SVG document: no scripts, no external references, a title for screen readers.
 * Every picture uses the same scale, so figures of different exercises compare at a glance.
 */
public final class FigureRenderer {

    private static final int PIXELS_PER_UNIT = 2;
    private static final double LABEL_ROW = 16;

    /** One key frame of the figure. */
    public String svg(Figure figure, int frameIndex, String title) {
        return svg(figure, figure.frame(frameIndex), title);
    }

    /**
     * Any frame drawn as part of the figure, e.g. one made with {@link Pose#between} for an animation: it is
     * framed together with the figure's key frames so the body does not jump.
     */
    public String svg(Figure figure, Frame frame, String title) {
        Camera camera = Camera.of(figure);
        Scene scene = Scene.of(frame);
        List<Scene> all = new ArrayList<>(scenes(figure));
        all.add(scene);
        Canvas canvas = Framing.fit(camera, all);
        String id = id(title, figure.frames().indexOf(frame));
        return open(Framing.WIDTH, Framing.HEIGHT, id, title) + floor(figure.view(), Framing.WIDTH)
                + content(scene, canvas) + "</svg>\n";
    }

    /**
     * A movement from one key frame to another as one picture of {@code steps + 1} positions, evenly
     * spaced, each a group {@code <g data-step="k">} with all but the first hidden, so a player can
     * show one after the other. Everything is framed together with the key frames, so the body does
     * not jump between steps. From a frame to itself it is one position.
     */
    public String motion(Figure figure, int from, int to, int steps, String title) {
        Frame start = figure.frame(from);
        Frame end = figure.frame(to);
        int count = from == to ? 0 : steps;
        List<Scene> positions = new ArrayList<>();
        for (int k = 0; k <= count; k++) {
            double t = count == 0 ? 0 : (double) k / count;
            positions.add(Scene.of(new Frame(start.name(), Pose.between(start.pose(), end.pose(), t), List.of(),
                    t < 0.5 ? start.props() : end.props())));
        }
        List<Scene> all = new ArrayList<>(scenes(figure));
        all.addAll(positions);
        Canvas canvas = Framing.fit(Camera.of(figure), all);
        StringBuilder svg = new StringBuilder(open(Framing.WIDTH, Framing.HEIGHT, id(title, -1), title));
        svg.append(floor(figure.view(), Framing.WIDTH));
        for (int k = 0; k < positions.size(); k++) {
            svg.append("<g data-step=\"").append(k).append('"').append(k == 0 ? "" : " display=\"none\"").append(">\n")
                    .append(content(positions.get(k), canvas)).append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** All key frames side by side, each named underneath, e.g. cat and cow. */
    public String strip(Figure figure, String title) {
        Camera camera = Camera.of(figure);
        List<Scene> scenes = scenes(figure);
        Canvas canvas = Framing.fit(camera, scenes);
        double width = Framing.WIDTH * scenes.size();
        StringBuilder svg = new StringBuilder(open(width, Framing.HEIGHT + LABEL_ROW, id(title, -1), title));
        svg.append(floor(figure.view(), width));
        for (int i = 0; i < scenes.size(); i++) {
            double left = Framing.WIDTH * i;
            svg.append("<g transform=\"translate(").append(num(left)).append(" 0)\">").append(content(scenes.get(i), canvas));
            svg.append("<text x=\"").append(num(Framing.WIDTH / 2)).append("\" y=\"").append(num(Framing.HEIGHT + 11))
                    .append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" fill=\"")
                    .append(Palette.LABEL).append("\">").append(Svg.escape(figure.frame(i).name())).append("</text></g>");
            if (i > 0) {
                svg.append(Svg.line(new Point2(left, 4), new Point2(left, Framing.HEIGHT + LABEL_ROW - 4), "#cbd5e1", 0.6));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static List<Scene> scenes(Figure figure) {
        return figure.frames().stream().map(Scene::of).toList();
    }

    private static String open(double width, double height, String id, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" width=\""
                + num(width * PIXELS_PER_UNIT) + "\" height=\"" + num(height * PIXELS_PER_UNIT) + "\" role=\"img\" aria-labelledby=\""
                + id + "\">\n<title id=\"" + id + "\">" + Svg.escape(title) + "</title>\n";
    }

    private static String floor(View view, double width) {
        if (view == View.TOP) {
            return "";
        }
        return "<rect x=\"0\" y=\"" + num(Framing.FLOOR_Y) + "\" width=\"" + num(width) + "\" height=\""
                + num(Framing.HEIGHT - Framing.FLOOR_Y) + "\" fill=\"" + Palette.FLOOR_FILL + "\"/>\n"
                + Svg.line(new Point2(0, Framing.FLOOR_Y), new Point2(width, Framing.FLOOR_Y), Palette.FLOOR_LINE, 1) + "\n";
    }

    private static String content(Scene scene, Canvas canvas) {
        StringBuilder svg = new StringBuilder("<g stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
        Comparator<Drawable> farthestFirst = Comparator.comparingDouble(Drawable::depth);
        PropPainter.solids(scene.props(), canvas).stream().sorted(farthestFirst)
                .forEach(d -> svg.append(d.svg()).append('\n'));
        BodyPainter.paint(scene.body(), canvas).stream().sorted(farthestFirst)
                .forEach(d -> svg.append(d.svg()).append('\n'));
        PropPainter.lines(scene.props(), canvas).forEach(line -> svg.append(line).append('\n'));
        return svg.append("</g>\n").toString();
    }

    /** An id for the title, made from it so that pictures of different exercises on one page do not clash. */
    private static String id(String title, int frameIndex) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "figure-" + (slug.isEmpty() ? "untitled" : slug) + (frameIndex >= 0 ? "-" + frameIndex : "");
    }
}
