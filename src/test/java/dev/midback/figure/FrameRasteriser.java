package dev.midback.figure;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ScreenshotType;
import dev.midback.testing.HeadlessChromium;
import java.nio.file.Path;

/**
 * Figure pictures turned into PNG by headless Chromium: each SVG put into one reused page, {@value #SIZE} CSS
 * pixels square on white at one device pixel per CSS pixel, in the light colour scheme. A mirrored picture is
 * flipped left to right the way the player shows the left side.
 */
final class FrameRasteriser implements AutoCloseable {

    static final int SIZE = 240;

    private final HeadlessChromium chromium;
    private final BrowserContext context;
    private final Page page;

    FrameRasteriser() {
        chromium = HeadlessChromium.launch();
        context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(SIZE, SIZE)
                .setDeviceScaleFactor(1)
                .setColorScheme(ColorScheme.LIGHT));
        page = context.newPage();
    }

    /** The picture as PNG bytes. */
    byte[] png(String svg, boolean mirrored) {
        page.setContent("<!doctype html><html><head><style>html,body{margin:0;background:#fff}"
                + "svg{display:block;width:" + SIZE + "px;height:" + SIZE + "px" + (mirrored ? ";transform:scaleX(-1)" : "")
                + "}</style></head><body>" + svg + "</body></html>");
        return page.screenshot(new Page.ScreenshotOptions()
                .setType(ScreenshotType.PNG)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    /**
     * A full-page screenshot of a local HTML file, {@code width} CSS pixels wide; answers how many of its
     * pictures loaded at {@value #SIZE} pixels wide.
     */
    int screenshot(Path html, int width, Path png) {
        Page sheet = context.newPage();
        try {
            sheet.setViewportSize(width, 800);
            sheet.navigate(html.toAbsolutePath().toUri().toString());
            sheet.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true).setType(ScreenshotType.PNG));
            Object loaded = sheet.locator("img").evaluateAll(
                    "images => images.filter(i => i.complete && i.naturalWidth === " + SIZE + ").length");
            return ((Number) loaded).intValue();
        } finally {
            sheet.close();
        }
    }

    @Override
    public void close() {
        context.close();
        chromium.close();
    }
}
