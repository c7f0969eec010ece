package dev.midback.cli;

import dev.midback.catalog.Exercise;
import dev.midback.figure.Figure;
import dev.midback.figure.FigureRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's figure as a small text sketch: each key frame drawn in dots, the frames side by side with
 * their names under them, or one above the other where the terminal is too narrow for that. The frames
 * keep one scale and place, as in the pictures, so the change from one to the next shows.
 */
final class FigureSketch {

    /** The most a frame takes: 24 characters across and 10 lines down. */
    static final int MOST_COLUMNS = 24;
    static final int MOST_LINES = 10;
    /** Frames narrower than this side by side are put one above the other instead. */
    static final int FEWEST_COLUMNS = 14;
    static final int INDENT = 2;
    static final int GAP = 3;
    /** The share of a dot's area that must be drawn on for the dot to be on. */
    static final double COVER = 0.4;

    private final FigureRenderer renderer = new FigureRenderer();
    private final SvgRaster raster = new SvgRaster();

    /**
     * The sketch, every line at most {@code width} characters and ending in a line break; nothing for a
     * figure that draws nothing.
     */
    String draw(Exercise exercise, int width, SketchStyle style) {
        Figure figure = exercise.figure();
        List<String> names = exercise.frameNames();
        List<Dots> pictures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // A movement from a frame to itself is that frame alone, framed as the key frames are but without
            // the arrow toward the next one, which at this size would read as a stray mark.
            pictures.add(raster.draw(renderer.motion(figure, i, i, 0, exercise.name() + ": " + names.get(i)), 1));
        }
        int room = width - INDENT;
        int count = pictures.size();
        int across = (room - GAP * (count - 1)) / count;
        boolean sideBySide = count == 1 || across >= FEWEST_COLUMNS;
        int columns = Math.min(MOST_COLUMNS, sideBySide ? across : room);
        List<List<String>> blocks = new ArrayList<>();
        for (Dots frame : FrameDots.fit(pictures, columns * style.dotsAcross, MOST_LINES * style.dotsDown, COVER,
                style.dotsAcross, style.dotsDown)) {
            blocks.add(style.lines(frame));
        }
        if (blocks.stream().anyMatch(List::isEmpty)) {
            return "";
        }
        return sideBySide ? besideEachOther(blocks, names, columns) : aboveEachOther(blocks, names, columns);
    }

    private static String besideEachOther(List<List<String>> blocks, List<String> names, int columns) {
        int blockWidth = blocks.get(0).get(0).length();
        int column = Math.max(blockWidth, Math.min(columns, longest(names)));
        List<List<String>> captions = names.stream().map(name -> TextWrap.lines(name, column)).toList();
        int captionLines = captions.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < blocks.get(0).size() + captionLines; row++) {
            StringBuilder line = new StringBuilder(" ".repeat(INDENT));
            for (int i = 0; i < blocks.size(); i++) {
                List<String> block = blocks.get(i);
                int inCaption = row - block.size();
                String cell = inCaption < 0 ? block.get(row)
                        : inCaption < captions.get(i).size() ? captions.get(i).get(inCaption) : "";
                line.append(i > 0 ? " ".repeat(GAP) : "").append(centred(cell, column));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String aboveEachOther(List<List<String>> blocks, List<String> names, int columns) {
        int blockWidth = blocks.get(0).get(0).length();
        int column = Math.max(blockWidth, Math.min(columns, longest(names)));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            // One above the other, a frame needs no room for a taller one beside it.
            List<String> lines = new ArrayList<>(blocks.get(i).stream().dropWhile(String::isBlank).toList());
            lines.addAll(TextWrap.lines(names.get(i), column));
            for (String line : lines) {
                out.append((" ".repeat(INDENT) + centred(line, column)).stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static int longest(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String centred(String text, int width) {
        int before = Math.max(0, (width - text.length()) / 2);
        return " ".repeat(before) + text + " ".repeat(Math.max(0, width - before - text.length()));
    }
}
