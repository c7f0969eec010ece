package dev.midback.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Turns a well-formed XHTML document into PDF: text in the PDF's built-in fonts, and every inline
 * {@code <svg>} drawn as vector paths (Batik), so a figure prints as sharp as the text around it.
 */
final class XhtmlPdf {

    static {
        // The renderer reports its timings at INFO on every document; keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private XhtmlPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withHtmlContent(xhtml, null);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Midback");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
