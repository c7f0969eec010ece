package dev.midback.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/**
 * An SVG picture drawn by Apache Batik onto white, off screen, and read back as dots: a dot is on where the
 * pixel is darker than {@value #LIGHTEST_INK} of white. That keeps outlines, the body's and the props' fills
 * and the floor line, and leaves out the white backdrop and the pale floor under the line.
 */
final class SvgRaster {

    /** The lightest grey, as a share of white, that still counts as drawn. */
    static final double LIGHTEST_INK = 0.9;

    /**
     * The picture at {@code scale} times its own size in pixels. The picture may reference nothing outside
     * itself; a picture Batik cannot read is an error.
     */
    Dots draw(String svg, double scale) {
        BufferedImage image = paint(svg, scale);
        int width = image.getWidth();
        int height = image.getHeight();
        BitSet on = new BitSet();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (lightness(image.getRGB(x, y)) < LIGHTEST_INK) {
                    on.set(y * width + x);
                }
            }
        }
        return new Dots(width, height, on);
    }

    private static BufferedImage paint(String svg, double scale) {
        SVGDocument document;
        try {
            document = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createSVGDocument("about:figure", new StringReader(svg));
        } catch (IOException e) {
            throw new UncheckedIOException("the figure could not be read as SVG", e);
        }
        BridgeContext context = new BridgeContext(new StrictAgent());
        context.setDynamicState(BridgeContext.STATIC);
        GraphicsNode picture = new GVTBuilder().build(context, document);
        Dimension2D size = context.getDocumentSize();
        int width = Math.max(1, (int) Math.round(size.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(size.getHeight() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            picture.paint(g);
        } finally {
            g.dispose();
            context.dispose();
        }
        return image;
    }

    /** How light a colour looks, from 0 for black to 1 for white (the luma of sRGB). */
    static double lightness(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }

    /** Batik's view of the program: no scripts, no external resources, and errors thrown rather than printed. */
    private static final class StrictAgent extends UserAgentAdapter {

        @Override
        public void displayError(Exception e) {
            throw new IllegalStateException("the figure could not be drawn: " + e.getMessage(), e);
        }

        @Override
        public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
            throw new SecurityException("a figure loads nothing from outside itself: " + resource);
        }

        @Override
        public void displayMessage(String message) {
            // Batik's progress messages are of no use to a reader of the terminal.
        }
    }
}
