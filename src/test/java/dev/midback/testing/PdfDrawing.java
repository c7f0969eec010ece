package dev.midback.testing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a PDF draws, read back with PDFBox as a printer would: per page its size, its text, the
 * paths it fills and in which colours (forms drawn into the page included), and the raster images
 * it holds or draws. A figure drawn as vector is filled paths in the figure's colours and no image.
 */
public record PdfDrawing(List<Page> pages, String text) {

    /** One page: its size in points, its text, its filled paths counted by fill colour ({@code #rrggbb}), its images. */
    public record Page(float width, float height, String text, Map<String, Integer> fills, int curves, int imagesDrawn,
                       int imagesHeld) {

        public int fillsOf(String colour) {
            return fills.getOrDefault(colour.toLowerCase(Locale.ROOT), 0);
        }
    }

    public static PdfDrawing read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            int number = 0;
            for (PDPage page : document.getPages()) {
                Engine engine = new Engine(page);
                engine.processPage(page);
                PDRectangle box = page.getMediaBox();
                number++;
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pages.add(new Page(box.getWidth(), box.getHeight(), stripper.getText(document).replaceAll("\\s+", " "), engine.fills,
                        engine.curves, engine.images, imagesHeld(page.getResources(), 0)));
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return new PdfDrawing(List.copyOf(pages), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every filled path in the document of that colour. */
    public int fillsOf(String colour) {
        return pages.stream().mapToInt(p -> p.fillsOf(colour)).sum();
    }

    public int imagesDrawn() {
        return pages.stream().mapToInt(Page::imagesDrawn).sum();
    }

    public int imagesHeld() {
        return pages.stream().mapToInt(Page::imagesHeld).sum();
    }

    /** Image XObjects in the resources, and in the resources of the forms they hold. */
    private static int imagesHeld(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += imagesHeld(form.getResources(), depth + 1);
            }
        }
        return images;
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final Map<String, Integer> fills = new LinkedHashMap<>();
        private final Point2D.Float current = new Point2D.Float();
        private int curves;
        private int images;

        Engine(PDPage page) {
            super(page);
        }

        private void filled() throws IOException {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            fills.merge(String.format(Locale.ROOT, "#%06x", rgb & 0xffffff), 1, Integer::sum);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images++;
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curves++;
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            filled();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            filled();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
