package dev.midback.figure;

import dev.midback.catalog.Exercise;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One key frame of an exercise's figure as the site serves it at {@code /exercises/{id}/figure.svg?frame=N},
 * or its mirror, as the player shows the left side of an exercise done on each side.
 *
 * @param exercise the exercise as the catalog loads it, its figure with the worked regions highlighted
 * @param index the key frame
 * @param mirrored whether it is the left-side mirror
 */
record FramePicture(Exercise exercise, int index, boolean mirrored) {

    /** Every key frame of an exercise, then for one done on each side every key frame mirrored. */
    static List<FramePicture> of(Exercise exercise) {
        List<FramePicture> pictures = new ArrayList<>();
        int frames = exercise.frameNames().size();
        for (int i = 0; i < frames; i++) {
            pictures.add(new FramePicture(exercise, i, false));
        }
        if (exercise.perSide()) {
            for (int i = 0; i < frames; i++) {
                pictures.add(new FramePicture(exercise, i, true));
            }
        }
        return pictures;
    }

    String frameName() {
        return exercise.frameNames().get(index);
    }

    /** The frame's number and name as a file name, e.g. {@code 0-cat}. */
    String slug() {
        String name = frameName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return index + "-" + name;
    }

    /** Where its reference picture is kept under the references' folder, e.g. {@code cat-cow/0-cat.png}. */
    Path reference(Path references) {
        return references.resolve(exercise.id()).resolve(slug() + ".png");
    }

    /** A flat file name for it, e.g. {@code cat-cow-0-cat.png} or {@code seated-twist-0-sitting-tall-left.png}. */
    String fileName() {
        return exercise.id() + "-" + slug() + (mirrored ? "-left" : "") + ".png";
    }

    /** What a report calls it, e.g. {@code cat-cow frame 0 'cat'}. */
    String label() {
        return exercise.id() + " frame " + index + " '" + frameName() + "'" + (mirrored ? " mirrored" : "");
    }

    /** The SVG the site serves for the frame, with the same title. */
    String svg() {
        return new FigureRenderer().svg(exercise.figure(), index, title());
    }

    private String title() {
        List<String> names = exercise.frameNames();
        return names.size() > 1
                ? exercise.name() + ", position " + (index + 1) + " of " + names.size() + ": " + frameName()
                : exercise.name() + ": " + frameName();
    }
}
