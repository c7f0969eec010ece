package dev.midback.figure;

import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * How far a picture is from its reference, pixel by pixel: a pixel differs when one of its colour channels
 * moved by more than {@value #CHANNEL_THRESHOLD} of 255, which lets the soft edges of lines shift a little
 * between browser versions while a moved limb still shows.
 *
 * @param differing the pixels that differ
 * @param total all pixels of the picture
 * @param marked the new picture faded, with every differing pixel painted red
 */
record ImageDifference(int differing, int total, BufferedImage marked) {

    static final int CHANNEL_THRESHOLD = 40;
    /** The share of differing pixels a picture may have and still match its reference. */
    static final double TOLERATED_SHARE = 0.005;

    private static final int RED = 0xffd00000;

    /** Compares two pictures of the same size. */
    static ImageDifference between(BufferedImage reference, BufferedImage actual) {
        if (reference.getWidth() != actual.getWidth() || reference.getHeight() != actual.getHeight()) {
            throw new IllegalArgumentException("pictures of different sizes: " + size(reference) + " and " + size(actual));
        }
        int width = actual.getWidth();
        int height = actual.getHeight();
        BufferedImage marked = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int was = reference.getRGB(x, y);
                int now = actual.getRGB(x, y);
                if (differs(was, now)) {
                    differing++;
                    marked.setRGB(x, y, RED);
                } else {
                    marked.setRGB(x, y, faded(now));
                }
            }
        }
        return new ImageDifference(differing, width * height, marked);
    }

    static String size(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight();
    }

    double share() {
        return (double) differing / total;
    }

    boolean withinTolerance() {
        return share() <= TOLERATED_SHARE;
    }

    /** The share as a percentage with two decimals, e.g. {@code 1.25%}. */
    String percent() {
        return String.format(Locale.ROOT, "%.2f%%", share() * 100);
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)) > CHANNEL_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    /** A pixel three quarters of the way toward white, so the red marks stand out. */
    private static int faded(int rgb) {
        int r = fade((rgb >>> 16) & 0xff);
        int g = fade((rgb >>> 8) & 0xff);
        int b = fade(rgb & 0xff);
        return (r << 16) | (g << 8) | b;
    }

    private static int fade(int channel) {
        return channel + (255 - channel) * 3 / 4;
    }
}
