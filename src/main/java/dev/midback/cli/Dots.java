package dev.midback.cli;

import java.util.BitSet;

/**
 * A picture of dots, each on or off, read row by row from the top left: what a sketch in characters is
 * drawn from.
 */
record Dots(int width, int height, BitSet on) {

    Dots {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a picture of " + width + " by " + height + " dots");
        }
        on = (BitSet) on.clone();
    }

    /** The dots that are on, numbered row by row; a copy, so the picture stays as it is. */
    @Override
    public BitSet on() {
        return (BitSet) on.clone();
    }

    /** How many dots of the row are on. */
    int countInRow(int y) {
        return y < 0 || y >= height ? 0 : on.get(y * width, (y + 1) * width).cardinality();
    }

    /** A picture drawn as rows of text, {@code #} for a dot that is on and anything else for one that is off. */
    static Dots of(String... rows) {
        int width = 0;
        for (String row : rows) {
            width = Math.max(width, row.length());
        }
        BitSet on = new BitSet();
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                if (rows[y].charAt(x) == '#') {
                    on.set(y * width + x);
                }
            }
        }
        return new Dots(width, rows.length, on);
    }

    /** Whether the dot is on; outside the picture every dot is off. */
    boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && on.get(y * width + x);
    }

    boolean isBlank() {
        return on.isEmpty();
    }

    /** The part of the picture in this box; where the box reaches past the picture, its dots are off. */
    Dots crop(Box box) {
        BitSet cropped = new BitSet();
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                if (at(box.left() + x, box.top() + y)) {
                    cropped.set(y * box.width() + x);
                }
            }
        }
        return new Dots(box.width(), box.height(), cropped);
    }

    /**
     * The picture shrunk (or grown) to {@code newWidth} by {@code newHeight}: a new dot is on where at least
     * the fraction {@code cover} of the old dots under it are on, so that thin lines stay while specks go.
     */
    Dots resize(int newWidth, int newHeight, double cover) {
        BitSet resized = new BitSet();
        double stepX = (double) width / newWidth;
        double stepY = (double) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            for (int x = 0; x < newWidth; x++) {
                if (coverage(x * stepX, y * stepY, (x + 1) * stepX, (y + 1) * stepY) >= cover) {
                    resized.set(y * newWidth + x);
                }
            }
        }
        return new Dots(newWidth, newHeight, resized);
    }

    /** The share of this rectangle (in dots, fractions allowed) that is covered by dots that are on. */
    private double coverage(double left, double top, double right, double bottom) {
        double covered = 0;
        for (int y = (int) top; y < Math.ceil(bottom); y++) {
            double rowShare = Math.min(bottom, y + 1) - Math.max(top, y);
            for (int x = (int) left; x < Math.ceil(right); x++) {
                if (at(x, y)) {
                    covered += rowShare * (Math.min(right, x + 1) - Math.max(left, x));
                }
            }
        }
        return covered / ((right - left) * (bottom - top));
    }

    /** The smallest box holding every dot that is on, or an empty box at the origin when none is. */
    Box inked() {
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int i = on.nextSetBit(0); i >= 0; i = on.nextSetBit(i + 1)) {
            int x = i % width;
            int y = i / width;
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        return right < 0 ? new Box(0, 0, 0, 0) : new Box(left, top, right - left + 1, bottom - top + 1);
    }

    /** A rectangle of dots. */
    record Box(int left, int top, int width, int height) {

        boolean isEmpty() {
            return width <= 0 || height <= 0;
        }

        int right() {
            return left + width;
        }

        int bottom() {
            return top + height;
        }

        /** The smallest box holding both; an empty box adds nothing. */
        Box union(Box other) {
            if (isEmpty()) {
                return other;
            }
            if (other.isEmpty()) {
                return this;
            }
            int l = Math.min(left, other.left);
            int t = Math.min(top, other.top);
            return new Box(l, t, Math.max(right(), other.right()) - l, Math.max(bottom(), other.bottom()) - t);
        }
    }
}
