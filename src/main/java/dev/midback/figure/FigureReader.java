package dev.midback.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads the {@code figure} block of an exercise file (see the package documentation for the format). It never
 * throws on bad input: it reports every problem as (field path relative to the block, message) and returns the
 * best figure it can make of the rest, which is only meaningful when nothing was reported.
 */
public final class FigureReader {

    private static final List<String> FIGURE_FIELDS = List.of("view", "turn", "tilt", "flip", "props", "frames", "motion");
    private static final List<String> FRAME_FIELDS = List.of("name", "pose", "contacts", "props");
    private static final double MAX_TURN = 90;
    private static final double MAX_TILT = 60;

    private final PoseReader poses = new PoseReader();
    private final PropReader props = new PropReader();

    public Figure read(JsonNode figureNode, BiConsumer<String, String> problems) {
        if (figureNode == null || !figureNode.isObject()) {
            problems.accept("", "the figure must be a mapping with view, props and frames");
            return new Figure(View.SIDE, 0, false, List.of(), List.of(fallbackFrame(List.of())));
        }
        Fields.reportUnknown(figureNode, "", FIGURE_FIELDS, problems);
        View view = view(figureNode.get("view"), problems);
        double turn = turn(figureNode.get("turn"), problems);
        double tilt = tilt(figureNode.get("tilt"), view, problems);
        boolean flip = flip(figureNode.get("flip"), problems);
        List<Prop> figureProps = props.read(figureNode.get("props"), "props", problems).orElse(List.of());
        List<Frame> frames = frames(figureNode.get("frames"), figureProps, problems);
        return new Figure(view, turn, tilt, flip, figureProps, frames, motion(figureNode.get("motion"), frames, problems),
                Set.of());
    }

    /**
     * {@code motion: {hold: in|out}} (move into the last frame on that breath and stay) or
     * {@code motion: {in: FRAME, out: FRAME}} (move with each breath); needed when there are several frames.
     */
    static Motion motion(JsonNode node, List<Frame> frames, BiConsumer<String, String> problems) {
        if (frames.size() == 1) {
            if (node != null) {
                problems.accept("motion", "a figure of one frame does not move; leave motion out");
            }
            return new Motion.Still();
        }
        Motion fallback = new Motion.Hold(Motion.Breath.IN);
        if (node == null || !node.isObject()) {
            problems.accept("motion", "a figure of several frames needs its motion: {hold: in|out} or {in: FRAME, out: FRAME}");
            return fallback;
        }
        if (node.has("hold")) {
            Fields.reportUnknown(node, "motion", List.of("hold"), problems);
            String breath = node.get("hold").asText();
            if (!breath.equals("in") && !breath.equals("out")) {
                problems.accept("motion.hold", "must be in or out (the breath that moves into the held position), not '" + breath + "'");
                return fallback;
            }
            return new Motion.Hold(breath.equals("in") ? Motion.Breath.IN : Motion.Breath.OUT);
        }
        Fields.reportUnknown(node, "motion", List.of("in", "out"), problems);
        int in = frameIndex(node.get("in"), "motion.in", frames, problems);
        int out = frameIndex(node.get("out"), "motion.out", frames, problems);
        if (in < 0 || out < 0) {
            return fallback;
        }
        if (in == out) {
            problems.accept("motion.out", "must name another frame than motion.in");
            return fallback;
        }
        return new Motion.WithBreath(in, out);
    }

    private static int frameIndex(JsonNode node, String path, List<Frame> frames, BiConsumer<String, String> problems) {
        String name = node == null ? "" : node.asText();
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).name().equals(name)) {
                return i;
            }
        }
        problems.accept(path, "must name one of the frames (" + String.join(", ", frames.stream().map(Frame::name).toList())
                + "), not '" + name + "'");
        return -1;
    }

    private static View view(JsonNode node, BiConsumer<String, String> problems) {
        if (node == null) {
            return View.SIDE;
        }
        Optional<View> view = node.isTextual() ? View.byKey(node.asText()) : Optional.empty();
        if (view.isEmpty()) {
            problems.accept("view", "unknown view '" + node.asText() + "'; expected side, front or top");
        }
        return view.orElse(View.SIDE);
    }

    private static double turn(JsonNode node, BiConsumer<String, String> problems) {
        if (node == null) {
            return 0;
        }
        if (!node.isNumber() || !(Math.abs(node.asDouble()) <= MAX_TURN)) {
            problems.accept("turn", "must be a number of degrees from -90 to 90, not '" + node.asText() + "'");
            return 0;
        }
        return node.asDouble();
    }

    private static double tilt(JsonNode node, View view, BiConsumer<String, String> problems) {
        if (node == null) {
            return 0;
        }
        if (!node.isNumber() || !(node.asDouble() >= 0 && node.asDouble() <= MAX_TILT)) {
            problems.accept("tilt", "must be a number of degrees from 0 to 60, not '" + node.asText() + "'");
            return 0;
        }
        if (view == View.TOP) {
            problems.accept("tilt", "a view from above is not tilted; leave tilt out");
            return 0;
        }
        return node.asDouble();
    }

    private static boolean flip(JsonNode node, BiConsumer<String, String> problems) {
        if (node != null && !node.isBoolean()) {
            problems.accept("flip", "must be true or false, not '" + node.asText() + "'");
            return false;
        }
        return node != null && node.asBoolean();
    }

    private List<Frame> frames(JsonNode node, List<Prop> figureProps, BiConsumer<String, String> problems) {
        List<Frame> frames = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.accept("frames", "needs at least one frame: a list of {name, pose, contacts}");
            frames.add(fallbackFrame(figureProps));
            return frames;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "frames[" + i + "]";
            JsonNode frameNode = node.get(i);
            if (!frameNode.isObject()) {
                problems.accept(path, "must be a mapping with name, pose and contacts");
                continue;
            }
            Fields.reportUnknown(frameNode, path, FRAME_FIELDS, problems);
            String name = name(frameNode.get("name"), path, i, problems);
            if (!names.add(name)) {
                problems.accept(path + ".name", "another frame is already called '" + name + "'");
            }
            Pose pose = poses.pose(frameNode.get("pose"), path + ".pose", problems);
            List<BodyPoint> contacts = poses.contacts(frameNode.get("contacts"), path + ".contacts", problems);
            List<Prop> frameProps = props.read(frameNode.get("props"), path + ".props", problems).orElse(figureProps);
            frames.add(new Frame(name, pose, contacts, frameProps));
        }
        if (frames.isEmpty()) {
            frames.add(fallbackFrame(figureProps));
        }
        return frames;
    }

    private static String name(JsonNode node, String path, int index, BiConsumer<String, String> problems) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.accept(path + ".name", "is missing: every frame needs a name, e.g. 'start'");
            return "frame " + (index + 1);
        }
        return node.asText().strip();
    }

    private static Frame fallbackFrame(List<Prop> props) {
        return new Frame("standing", Pose.standing(), List.of(), props);
    }
}
