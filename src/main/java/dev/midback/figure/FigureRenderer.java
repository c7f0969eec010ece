package dev.midback.figure;

import static dev.midback.figure.Svg.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a figure as a standalone SVG document: no scripts, no external references, a title for screen readers.
 * The key frames of a figure share one scale and place, as large as the picture allows, so the body fills its
 * box and does not jump from frame to frame.
 */
public final class FigureRenderer {

    private static final int PIXELS_PER_UNIT = 2;
    private static final double LABEL_ROW = 16;

    /** One key frame of the figure, with an arrow toward the next key frame where the body moves on. */
    public String svg(Figure figure, int frameIndex, String title) {
        return svg(figure, figure.frame(frameIndex), title);
    }

    /**
     * One key frame made to be put into a printed document: the light colours only, without the style block
     * that switches a standalone picture to dark (paper has no dark mode), with its arrow toward the next key frame.
     */
    public String printed(Figure figure, int frameIndex, String title) {
        Frame frame = figure.frame(frameIndex);
        Canvas canvas = canvas(figure, List.of(Scene.of(frame)));
        return open(Framing.WIDTH, Framing.HEIGHT, id(title, frameIndex), title, false) + floor(canvas, Framing.WIDTH)
                + content(drawables(figure, frame, canvas)) + "</svg>\n";
    }

    /**
     * Any frame drawn as part of the figure, e.g. one made with {@link Pose#between} for an animation: it is
     * framed together with the figure's key frames so the body does not jump. Only key frames get an arrow.
     */
    public String svg(Figure figure, Frame frame, String title) {
        Canvas canvas = canvas(figure, List.of(Scene.of(frame)));
        String id = id(title, figure.frames().indexOf(frame));
        return open(Framing.WIDTH, Framing.HEIGHT, id, title, true) + floor(canvas, Framing.WIDTH)
                + content(drawables(figure, frame, canvas)) + "</svg>\n";
    }

    /**
     * A movement from one key frame to another as one picture of {@code steps + 1} positions, evenly
     * spaced, each a group {@code <g data-step="k">} with all but the first hidden, so a player can
     * show one after the other. Everything is framed together with the key frames, so the body does
     * not jump between steps. From a frame to itself it is one position. Made to be put into a page, it
     * carries no style block and keeps the light colours.
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
        Canvas canvas = canvas(figure, positions);
        StringBuilder svg = new StringBuilder(open(Framing.WIDTH, Framing.HEIGHT, id(title, -1), title, false));
        svg.append(floor(canvas, Framing.WIDTH));
        for (int k = 0; k < positions.size(); k++) {
            svg.append("<g data-step=\"").append(k).append('"').append(k == 0 ? "" : " display=\"none\"").append(">\n")
                    .append(content(sceneDrawables(positions.get(k), canvas, figure))).append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** All key frames side by side, each named underneath, e.g. cat and cow. */
    public String strip(Figure figure, String title) {
        Canvas canvas = canvas(figure, List.of());
        int count = figure.frames().size();
        double width = Framing.WIDTH * count;
        StringBuilder svg = new StringBuilder(open(width, Framing.HEIGHT + LABEL_ROW, id(title, -1), title, true));
        svg.append(floor(canvas, width));
        for (int i = 0; i < count; i++) {
            double left = Framing.WIDTH * i;
            svg.append("<g transform=\"translate(").append(num(left)).append(" 0)\">")
                    .append(content(drawables(figure, figure.frame(i), canvas)));
            svg.append("<text class=\"").append(Palette.LABEL).append("\" x=\"").append(num(Framing.WIDTH / 2)).append("\" y=\"")
                    .append(num(Framing.HEIGHT + 11)).append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" fill=\"")
                    .append(Palette.LIGHT.label()).append("\">").append(Svg.escape(figure.frame(i).name())).append("</text></g>");
            if (i > 0) {
                svg.append(Svg.line(new Point2(left, 4), new Point2(left, Framing.HEIGHT + LABEL_ROW - 4), Palette.LIGHT.floorLine(),
                        0.6, Palette.FLOOR_LINE));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** The box that everything drawn in a key frame covers, in the picture's units (0 to 180 across, 0 to 135 down). */
    Bounds drawn(Figure figure, int frameIndex) {
        Frame frame = figure.frame(frameIndex);
        Bounds box = Bounds.EMPTY;
        for (Drawable d : drawables(figure, frame, canvas(figure, List.of(Scene.of(frame))))) {
            box = box.union(d.bounds());
        }
        return box;
    }

    private static Canvas canvas(Figure figure, List<Scene> extra) {
        List<Scene> all = new ArrayList<>(figure.frames().stream().map(Scene::of).toList());
        all.addAll(extra);
        return Framing.fit(Camera.of(figure), all);
    }

    /** The frame's body and props and, for a key frame, its arrow toward the next one. */
    private static List<Drawable> drawables(Figure figure, Frame frame, Canvas canvas) {
        Scene scene = Scene.of(frame);
        List<Drawable> drawables = new ArrayList<>(sceneDrawables(scene, canvas, figure));
        int index = figure.frames().indexOf(frame);
        int next = index < 0 ? -1 : figure.nextFrame(index);
        if (next >= 0) {
            MotionArrow.between(scene, Scene.of(figure.frame(next)), canvas).ifPresent(drawables::add);
        }
        return drawables;
    }

    private static List<Drawable> sceneDrawables(Scene scene, Canvas canvas, Figure figure) {
        List<Drawable> drawables = new ArrayList<>();
        Comparator<Drawable> farthestFirst = Comparator.comparingDouble(Drawable::depth);
        PropPainter.solids(scene.props(), canvas).stream().sorted(farthestFirst).forEach(drawables::add);
        BodyPainter.paint(scene.body(), canvas, figure.worked()).stream().sorted(farthestFirst).forEach(drawables::add);
        drawables.addAll(PropPainter.lines(scene.props(), canvas));
        return drawables;
    }

    private static String content(List<Drawable> drawables) {
        StringBuilder svg = new StringBuilder("<g stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
        drawables.forEach(d -> svg.append(d.svg()).append('\n'));
        return svg.append("</g>\n").toString();
    }

    private static String open(double width, double height, String id, String title, boolean standalone) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" width=\""
                + num(width * PIXELS_PER_UNIT) + "\" height=\"" + num(height * PIXELS_PER_UNIT) + "\" role=\"img\" aria-labelledby=\""
                + id + "\">\n<title id=\"" + id + "\">" + Svg.escape(title) + "</title>\n"
                + (standalone ? Palette.darkStyle() : "")
                + "<rect class=\"" + Palette.BACKDROP + "\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" fill=\"none\"/>\n";
    }

    /** The floor beneath a view level with it, from the height the body rests at down to the picture's bottom. */
    private static String floor(Canvas canvas, double width) {
        if (!canvas.camera().levelWithFloor()) {
            return "";
        }
        double y = canvas.offsetY();
        return "<rect class=\"" + Palette.FLOOR + "\" x=\"0\" y=\"" + num(y) + "\" width=\"" + num(width) + "\" height=\""
                + num(Framing.HEIGHT - y) + "\" fill=\"" + Palette.LIGHT.floor() + "\"/>\n"
                + Svg.line(new Point2(0, y), new Point2(width, y), Palette.LIGHT.floorLine(), 1,
                Palette.FLOOR_LINE) + "\n";
    }

    /** An id for the title, made from it so that pictures of different exercises on one page do not clash. */
    private static String id(String title, int frameIndex) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "figure-" + (slug.isEmpty() ? "untitled" : slug) + (frameIndex >= 0 ? "-" + frameIndex : "");
    }
}
