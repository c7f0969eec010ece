package dev.midback.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The key frames of a figure, drawn large, brought down to a sketch's size together: cut to the box the body
 * and props take in any frame, scaled alike so that they fit, and the floor line drawn one dot thick beneath.
 */
final class FrameDots {

    /** A row at least this share on, touching both edges of the picture, is the floor line. */
    private static final double FLOOR_SHARE = 0.9;

    private FrameDots() {
    }

    /**
     * The frames, each at most {@code width} by {@code height} dots and all of one size, trimmed of rows and
     * columns that are empty in every frame, then widened on the right and heightened at the top to whole
     * characters of {@code across} by {@code down} dots, so that the floor line is the lowest row of dots.
     */
    static List<Dots> fit(List<Dots> frames, int width, int height, double cover, int across, int down) {
        Dots.Box box = new Dots.Box(0, 0, 0, 0);
        for (Dots frame : frames) {
            box = box.union(figureBox(frame));
        }
        if (box.isEmpty()) {
            return frames.stream().map(frame -> new Dots(0, 0, new BitSet())).toList();
        }
        double scale = Math.min((double) width / box.width(), (double) height / box.height());
        int newWidth = Math.max(1, Math.min(width, (int) Math.round(box.width() * scale)));
        int newHeight = Math.max(1, Math.min(height, (int) Math.round(box.height() * scale)));
        List<Dots> small = new ArrayList<>();
        for (Dots frame : frames) {
            Dots shrunk = frame.crop(box).resize(newWidth, newHeight, cover);
            OptionalInt floor = floorRow(frame);
            if (floor.isPresent() && floor.getAsInt() >= box.top() && floor.getAsInt() < box.bottom()) {
                int row = (int) ((floor.getAsInt() - box.top()) * (double) newHeight / box.height());
                shrunk = withRow(shrunk, row);
            }
            small.add(shrunk);
        }
        Dots.Box inked = new Dots.Box(0, 0, 0, 0);
        for (Dots frame : small) {
            inked = inked.union(frame.inked());
        }
        int fullWidth = whole(inked.width(), across);
        int fullHeight = whole(inked.height(), down);
        Dots.Box trim = new Dots.Box(inked.left(), inked.bottom() - fullHeight, fullWidth, fullHeight);
        return small.stream().map(frame -> frame.crop(trim)).toList();
    }

    private static int whole(int dots, int perCharacter) {
        return (dots + perCharacter - 1) / perCharacter * perCharacter;
    }

    /**
     * The box of the body and props: everything drawn but the floor line, reaching down to the floor line
     * where the figure stands or lies on it.
     */
    static Dots.Box figureBox(Dots frame) {
        OptionalInt floor = floorRow(frame);
        BitSet figure = frame.on();
        for (int y = 0; y < frame.height(); y++) {
            if (isFloor(frame, y)) {
                figure.clear(y * frame.width(), (y + 1) * frame.width());
            }
        }
        Dots.Box box = new Dots(frame.width(), frame.height(), figure).inked();
        if (box.isEmpty() || floor.isEmpty() || floor.getAsInt() < box.top()) {
            return box;
        }
        int bottom = Math.max(box.bottom(), floor.getAsInt() + 1);
        return new Dots.Box(box.left(), box.top(), box.width(), bottom - box.top());
    }

    /** The topmost row of the floor line, if the picture has one. */
    static OptionalInt floorRow(Dots frame) {
        for (int y = 0; y < frame.height(); y++) {
            if (isFloor(frame, y)) {
                return OptionalInt.of(y);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isFloor(Dots frame, int y) {
        if (!frame.at(0, y) || !frame.at(frame.width() - 1, y)) {
            return false;
        }
        return frame.countInRow(y) >= FLOOR_SHARE * frame.width();
    }

    private static Dots withRow(Dots dots, int row) {
        BitSet on = dots.on();
        on.set(row * dots.width(), (row + 1) * dots.width());
        return new Dots(dots.width(), dots.height(), on);
    }
}
