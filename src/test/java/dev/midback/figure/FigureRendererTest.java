package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureRendererTest {

    private final FigureRenderer renderer = new FigureRenderer();

    @Test
    void drawsAStandaloneAccessibleSvgDocument() throws Exception {
        Figure figure = Figures.figure(Figures.CAT_COW);

        String svg = renderer.svg(figure, 1, "Cat & cow: the \"cow\" <hold>");

        Element root = parse(svg).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 180 135");
        assertThat(root.getAttribute("width")).isEqualTo("360");
        assertThat(root.getAttribute("height")).isEqualTo("270");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getTextContent()).isEqualTo("Cat & cow: the \"cow\" <hold>");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id")).isNotBlank();
        assertThat(svg).doesNotContain("<script", "href", "url(", "@import", "<image");
    }

    @Test
    void drawsTheFloorAndBothSidesOfTheBodyInDifferentShades() {
        String svg = renderer.svg(Figures.figure(Figures.CAT_COW), 0, "Cat");

        assertThat(svg).contains("stroke=\"" + Palette.LIGHT.floorLine() + "\"");
        assertThat(svg).as("the near side, toward the viewer").contains("stroke=\"" + Palette.LIGHT.body() + "\"");
        assertThat(svg).as("the far side").contains("stroke=\"" + Palette.LIGHT.farBody() + "\"");
        assertThat(svg).as("outlined").contains("stroke=\"" + Palette.LIGHT.outline() + "\"");
        assertThat(svg).as("the hair shows which way the head faces").contains("fill=\"" + Palette.LIGHT.hair() + "\"");
    }

    @Test
    void highlightsTheWorkedStretchOfTheBack() {
        Figure figure = Figures.figure(Figures.CAT_COW);

        String plain = renderer.svg(figure, 0, "Cat");
        String worked = renderer.svg(figure.working(List.of(BodyRegion.MID_BACK)), 0, "Cat");

        assertThat(plain).doesNotContain("class=\"" + Palette.WORK + "\"");
        assertThat(worked).contains("class=\"" + Palette.WORK + "\"", "class=\"" + Palette.WORK_EDGE + "\"");
        assertThat(renderer.svg(figure.working(List.of(BodyRegion.CHEST)), 0, "Cat")).as("only the back and neck are marked")
                .doesNotContain("class=\"" + Palette.WORK + "\"");
    }

    @Test
    void pointsAnArrowFromAKeyFrameTowardTheNextAndNoneInAStillFigure() {
        Figure catCow = Figures.figure(Figures.CAT_COW);
        Figure still = Figures.oneFrame(Pose.standing(), List.of(), List.of());

        assertThat(renderer.svg(catCow, 0, "Cat")).contains("class=\"arrow\"");
        assertThat(renderer.svg(catCow, 1, "Cow")).as("cat and cow follow each breath, so cow leads back to cat").contains("class=\"arrow\"");
        assertThat(renderer.motion(catCow, 0, 1, 4, "Cat to cow")).as("the moving picture shows the movement itself").doesNotContain("class=\"arrow\"");
        assertThat(renderer.svg(still, 0, "Standing")).doesNotContain("class=\"arrow\"");
    }

    @Test
    void aHeldPositionHasNoArrowOnward() {
        Figure held = new Figure(View.SIDE, 0, false, List.of(), List.of(
                new Frame("start", Pose.standing(), List.of(), List.of()),
                new Frame("arms up", Pose.standing().with(Joint.LEFT_SHOULDER, 170).with(Joint.RIGHT_SHOULDER, 170), List.of(), List.of())));

        assertThat(renderer.svg(held, 0, "Start")).contains("class=\"arrow\"");
        assertThat(renderer.svg(held, 1, "Arms up")).doesNotContain("class=\"arrow\"");
    }

    @Test
    void aTiltedViewLooksDownOnTheFigureAndDrawsTheMatInsteadOfAFloorStrip() {
        Pose lying = Pose.standing().with(Joint.TRUNK, 180);
        List<Prop> mat = List.of(Prop.of(PropKind.MAT));
        Figure level = new Figure(View.SIDE, 0, false, mat, List.of(new Frame("lying", lying, List.of(), mat)));
        Figure tilted = new Figure(View.SIDE, 0, 40, false, mat, List.of(new Frame("lying", lying, List.of(), mat)),
                new Motion.Still(), java.util.Set.of());

        assertThat(renderer.svg(level, 0, "Lying")).contains("<line class=\"" + Palette.FLOOR_LINE);
        assertThat(renderer.svg(tilted, 0, "Lying")).doesNotContain("<line class=\"" + Palette.FLOOR_LINE);
        assertThat(renderer.drawn(tilted, 0).height()).as("the mat's top shows, so the picture is deeper")
                .isGreaterThan(renderer.drawn(level, 0).height() + 10);
    }

    @Test
    void aTopViewHasNoFloorLine() {
        Figure lying = new Figure(View.TOP, 0, false, List.of(),
                List.of(new Frame("lying", Pose.standing().with(Joint.TRUNK, 180), List.of(), List.of())));

        assertThat(renderer.svg(lying, 0, "Lying")).doesNotContain("<line class=\"" + Palette.FLOOR_LINE);
    }

    @ParameterizedTest
    @EnumSource(PropKind.class)
    void drawsEveryKindOfProp(PropKind kind) throws Exception {
        Pose pose = kind == PropKind.CHAIR ? Pose.standing().with(Joint.LEFT_HIP, 90).with(Joint.RIGHT_HIP, 90)
                .with(Joint.LEFT_KNEE, 90).with(Joint.RIGHT_KNEE, 90)
                : kind.placedUnderBody() ? Pose.standing().with(Joint.TRUNK, 170) : Pose.standing();
        Figure figure = Figures.oneFrame(pose, List.of(Prop.of(kind)), List.of());

        Document svg = parse(renderer.svg(figure, 0, kind.key()));

        NodeList drawn = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[local-name()='g'][@class='prop prop-" + kind.key() + "']/*", svg, XPathConstants.NODESET);
        assertThat(drawn.getLength()).as(kind.key() + " is drawn").isPositive();
    }

    @Test
    void aFigureFillsItsPicture() {
        Figure standing = Figures.oneFrame(Pose.standing(), List.of(), List.of());
        Figure lying = Figures.oneFrame(Pose.standing().with(Joint.TRUNK, 180), List.of(), List.of());

        Bounds upright = renderer.drawn(standing, 0);
        Bounds flat = renderer.drawn(lying, 0);

        assertThat(upright.height()).as("a standing person fills the height").isGreaterThan(0.8 * Framing.HEIGHT);
        assertThat(flat.width()).as("a lying person fills the width").isGreaterThan(0.85 * Framing.WIDTH);
        assertThat(upright.within(Framing.WIDTH, Framing.HEIGHT)).isTrue();
        assertThat(flat.within(Framing.WIDTH, Framing.HEIGHT)).isTrue();
    }

    @Test
    void keepsAHangingFigureOffTheFloorAndInsideThePicture() throws Exception {
        Pose hanging = Pose.standing().with(Joint.LEFT_SHOULDER_OUT, 160).with(Joint.RIGHT_SHOULDER_OUT, 160)
                .with(Joint.LEFT_KNEE, 90).with(Joint.RIGHT_KNEE, 90);
        Figure figure = new Figure(View.FRONT, 0, false, List.of(Prop.of(PropKind.PULL_UP_BAR)),
                List.of(new Frame("hang", hanging, List.of(BodyPoint.LEFT_HAND, BodyPoint.RIGHT_HAND),
                        List.of(Prop.of(PropKind.PULL_UP_BAR)))));

        List<String> problems = new ArrayList<>();
        new ContactCheck().check(figure, (field, message) -> problems.add(message));
        assertThat(problems).isEmpty();
        assertThat(Scene.of(figure.frame(0)).body().bottom()).isPositive();
        for (double[] xy : circles(renderer.svg(figure, 0, "Hanging"))) {
            assertThat(xy[0]).isBetween(0.0, 180.0);
            assertThat(xy[1]).isBetween(0.0, 135.0);
        }
    }

    @Test
    void lineUpsAllFramesWithTheirNames() throws Exception {
        Figure figure = Figures.figure(Figures.CAT_COW);

        String strip = renderer.strip(figure, "Cat-cow");

        Element root = parse(strip).getDocumentElement();
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 360 ");
        NodeList labels = root.getElementsByTagNameNS("*", "text");
        assertThat(List.of(labels.item(0).getTextContent(), labels.item(1).getTextContent())).containsExactly("cat", "cow");
    }

    @Test
    void drawsAFrameInBetweenKeyFrames() throws Exception {
        Figure figure = Figures.figure(Figures.CAT_COW);
        Frame cat = figure.frame(0);
        Frame halfway = new Frame("halfway", Pose.between(cat.pose(), figure.frame(1).pose(), 0.5), List.of(), cat.props());

        String svg = renderer.svg(figure, halfway, "Cat-cow");

        assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).isNotEqualTo(renderer.svg(figure, 0, "Cat-cow")).isNotEqualTo(renderer.svg(figure, 1, "Cat-cow"));
    }

    @Test
    void theLinesThatCarryThePictureStandOutInLightAndDark() {
        for (Palette.Scheme scheme : List.of(Palette.LIGHT, Palette.DARK)) {
            for (String colour : List.of(scheme.outline(), scheme.workEdge(), scheme.arrow(), scheme.cord(), scheme.label())) {
                assertThat(contrast(colour, scheme.background())).as(colour + " on " + scheme.background()).isGreaterThanOrEqualTo(3.0);
                assertThat(contrast(colour, scheme.floor())).as(colour + " on the floor " + scheme.floor()).isGreaterThanOrEqualTo(3.0);
            }
            assertThat(contrast(scheme.floorLine(), scheme.background())).as("floor line").isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(scheme.outline(), scheme.body())).as("outline on the body").isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(scheme.workEdge(), scheme.body())).as("the worked region's edge on the body").isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(Palette.LIGHT.outline(), Palette.fill(PropKind.MAT))).as("the body's outline on the mat").isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(Palette.DARK.outline(), Palette.DARK_MAT)).as("the body's outline on the mat, dark").isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void aStandalonePictureTurnsDarkWithTheReadersPreferenceAndAPictureForAPageCarriesNoStyle() {
        Figure figure = Figures.figure(Figures.CAT_COW);

        assertThat(renderer.svg(figure, 0, "Cat")).contains("<style>@media (prefers-color-scheme: dark)", Palette.DARK.outline());
        assertThat(renderer.motion(figure, 0, 1, 4, "Cat to cow")).doesNotContain("<style", "style=");
    }

    @Test
    void aPrintedFrameIsTheSameDrawingInTheLightColoursWithoutTheDarkStyle() {
        Figure figure = Figures.figure(Figures.CAT_COW);

        String printed = renderer.printed(figure, 1, "Cow");

        assertThat(printed).doesNotContain("<style", "prefers-color-scheme").contains(Palette.LIGHT.body());
        assertThat(printed).isEqualTo(renderer.svg(figure, 1, "Cow").replace(Palette.darkStyle(), ""));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<double[]> circles(String svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagNameNS("*", "circle");
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element circle = (Element) nodes.item(i);
            centres.add(new double[] {Double.parseDouble(circle.getAttribute("cx")), Double.parseDouble(circle.getAttribute("cy"))});
        }
        return centres;
    }

    /** The WCAG contrast ratio of two colours written #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double luminance = 0;
        Map<Integer, Double> weights = Map.of(1, 0.2126, 3, 0.7152, 5, 0.0722);
        for (var weight : weights.entrySet()) {
            double channel = Integer.parseInt(hex.substring(weight.getKey(), weight.getKey() + 2), 16) / 255.0;
            double linear = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            luminance += weight.getValue() * linear;
        }
        return luminance;
    }
}
