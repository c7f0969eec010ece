package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.midback.catalog.CatalogLoader;
import dev.midback.catalog.Exercise;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every key frame of every exercise's figure, as the site serves it, drawn by headless Chromium at 240 by 240
 * pixels, looks like its reference picture in {@code src/test/resources/figures/reference/{exercise}/{n}-{frame}.png}.
 * A frame fails when more than {@value ImageDifference#TOLERATED_SHARE} of its pixels differ (a pixel differs when
 * a colour channel moved by more than {@value ImageDifference#CHANNEL_THRESHOLD} of 255), when its size changed or
 * when it has no reference; the new picture and a diff (the differing pixels red over the new picture, faded)
 * are then written to {@code target/figures/diff/}.
 *
 * <p>To accept a new look, run {@value #ACCEPT}, which writes the references instead of comparing (those tests
 * are reported as skipped, not passed), look the changed pictures over with {@code git diff --stat} and the
 * contact sheet, and commit them.
 *
 * <p>The same run writes the contact sheet, every frame of every exercise on one page with the exercise's
 * steps, to look the figures over: {@code target/figures/contact-sheet.html}, its screenshot
 * {@code target/figures/contact-sheet.png} and each frame in {@code target/figures/frames/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameImagesTest {

    static final String ACCEPT = "mvn -B test -Dtest=FrameImagesTest -Dmidback.updateFigures=true";

    private static final Path REFERENCES = Path.of("src/test/resources/figures/reference");
    private static final Path OUTPUT = Path.of("target/figures");
    private static final Path DIFFS = OUTPUT.resolve("diff");
    private static final int SHEET_WIDTH = 1320;

    private final boolean updating = Boolean.getBoolean("midback.updateFigures");
    private final Map<String, byte[]> drawn = new HashMap<>();
    private List<Exercise> exercises;
    private FrameRasteriser rasteriser;

    @BeforeAll
    void launch() throws IOException {
        clear(DIFFS);
        exercises = new CatalogLoader().loadBundled().exercises().stream()
                .sorted(Comparator.comparing(Exercise::id))
                .toList();
        rasteriser = new FrameRasteriser();
    }

    @AfterAll
    void close() {
        if (rasteriser != null) {
            rasteriser.close();
        }
    }

    @Order(1)
    @TestFactory
    Stream<DynamicTest> everyFrameLooksLikeItsReference() {
        return exercises.stream()
                .flatMap(e -> FramePicture.of(e).stream())
                .filter(picture -> !picture.mirrored())
                .map(picture -> DynamicTest.dynamicTest(picture.label(), () -> looksLikeItsReference(picture)));
    }

    @Order(2)
    @Test
    void anArmRaisedTwelveDegreesFurtherIsCaughtWhileTheSameFrameDrawnAgainPasses() {
        Assumptions.assumeFalse(updating, "references being written");
        Exercise catCow = exercise("cat-cow");
        FramePicture cat = new FramePicture(catCow, 0, false);
        Figure figure = catCow.figure();
        Frame frame = figure.frame(0);
        Joint nearArm = Joint.RIGHT_SHOULDER;
        Frame changed = new Frame(frame.name(), frame.pose().with(nearArm, frame.pose().angle(nearArm) + 12), frame.contacts(),
                frame.props());
        List<Frame> frames = new ArrayList<>(figure.frames());
        frames.set(0, changed);
        Figure changedFigure = new Figure(figure.view(), figure.turn(), figure.tilt(), figure.flip(), figure.props(), frames,
                figure.motion(), figure.worked());
        BufferedImage reference = decode(read(cat.reference(REFERENCES)));

        ImageDifference moved = ImageDifference.between(reference,
                decode(rasteriser.png(new FigureRenderer().svg(changedFigure, 0, "changed"), false)));
        BufferedImage once = decode(rasteriser.png(cat.svg(), false));
        BufferedImage again = decode(rasteriser.png(cat.svg(), false));
        ImageDifference first = ImageDifference.between(reference, once);
        ImageDifference second = ImageDifference.between(once, again);

        assertThat(moved.share())
                .as("the cat with its near arm raised 12 degrees further differs in %s of its pixels", moved.percent())
                .isGreaterThan(ImageDifference.TOLERATED_SHARE);
        assertThat(first.withinTolerance()).as("the cat as it is differs from its reference in %s", first.percent()).isTrue();
        assertThat(second.withinTolerance()).as("the cat drawn twice differs in %s", second.percent()).isTrue();
    }

    @Order(3)
    @Test
    void theContactSheetShowsEveryFrameOfEveryExercise() throws IOException {
        Path frames = Files.createDirectories(OUTPUT.resolve("frames"));
        clear(frames);
        List<FramePicture> pictures = exercises.stream().flatMap(e -> FramePicture.of(e).stream()).toList();
        for (FramePicture picture : pictures) {
            Files.write(frames.resolve(picture.fileName()), png(picture));
        }
        Path html = OUTPUT.resolve("contact-sheet.html");
        Files.writeString(html, ContactSheet.html(exercises));
        Path screenshot = OUTPUT.resolve("contact-sheet.png");

        int loaded = rasteriser.screenshot(html, SHEET_WIDTH, screenshot);

        assertThat(loaded).as("pictures shown on %s", html).isEqualTo(pictures.size());
        assertThat(pictures).as("exercises done on each side are also shown mirrored")
                .anyMatch(FramePicture::mirrored);
        BufferedImage sheet = ImageIO.read(screenshot.toFile());
        assertThat(sheet.getWidth()).isEqualTo(SHEET_WIDTH);
        assertThat(sheet.getHeight()).as("the sheet's height holds every exercise")
                .isGreaterThan(exercises.size() * FrameRasteriser.SIZE);
    }

    private void looksLikeItsReference(FramePicture picture) throws IOException {
        byte[] png = png(picture);
        BufferedImage actual = decode(png);
        assertThat(drawnShare(actual)).as("%s shows a drawing, not a blank picture", picture.label()).isGreaterThan(0.02);
        Path reference = picture.reference(REFERENCES);
        if (updating) {
            Files.createDirectories(reference.getParent());
            Files.write(reference, png);
            Assumptions.abort("wrote the reference " + reference + " instead of comparing");
        }
        if (!Files.isRegularFile(reference)) {
            fail("%s has no reference %s; its picture is %s. Accept it with: %s", picture.label(), reference,
                    writeDiff(picture, "new", png), ACCEPT);
        }
        BufferedImage expected = decode(read(reference));
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            fail("%s is %s but its reference %s is %s; the new picture is %s. Accept it with: %s", picture.label(),
                    ImageDifference.size(actual), reference, ImageDifference.size(expected), writeDiff(picture, "new", png),
                    ACCEPT);
        }
        ImageDifference difference = ImageDifference.between(expected, actual);
        if (!difference.withinTolerance()) {
            fail("%s differs from its reference %s in %s of its pixels (%d of %d, tolerated %.1f%%); new picture %s,"
                            + " differences in red %s. If the new look is right, accept it with: %s",
                    picture.label(), reference, difference.percent(), difference.differing(), difference.total(),
                    ImageDifference.TOLERATED_SHARE * 100, writeDiff(picture, "new", png),
                    writeDiff(picture, "diff", encode(difference.marked())), ACCEPT);
        }
    }

    /** The share of pixels that are not near white: the body, props, floor and arrow. */
    private static double drawnShare(BufferedImage image) {
        int drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >>> 16) & 0xff) < 200 || ((rgb >>> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    drawn++;
                }
            }
        }
        return (double) drawn / (image.getWidth() * image.getHeight());
    }

    private byte[] png(FramePicture picture) {
        return drawn.computeIfAbsent(picture.fileName(), name -> rasteriser.png(picture.svg(), picture.mirrored()));
    }

    private Exercise exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Path writeDiff(FramePicture picture, String kind, byte[] png) throws IOException {
        Path file = Files.createDirectories(DIFFS).resolve(picture.exercise().id() + "-" + picture.slug() + "." + kind + ".png");
        Files.write(file, png);
        return file;
    }

    /** Removes the pictures of an earlier run, so the folder holds only this run's differences. */
    private static void clear(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
