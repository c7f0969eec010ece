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

        assertThat(svg).contains("stroke=\"" + Palette.FLOOR_LINE + "\"");
        assertThat(svg).as("the near side, toward the viewer").contains("stroke=\"" + Palette.NEAR_LIMB + "\"");
        assertThat(svg).as("the far side").contains("stroke=\"" + Palette.FAR_LIMB + "\"");
        assertThat(svg).as("the head").contains("r=\"6\" fill=\"" + Palette.TORSO + "\"");
    }

    @Test
    void aTopViewHasNoFloorLine() {
        Figure lying = new Figure(View.TOP, 0, false, List.of(),
                List.of(new Frame("lying", Pose.standing().with(Joint.TRUNK, 180), List.of(), List.of())));

        assertThat(renderer.svg(lying, 0, "Lying")).doesNotContain(Palette.FLOOR_LINE);
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
    void drawsEveryFigureAtTheSameScale() {
        Figure plain = Figures.oneFrame(Pose.standing(), List.of(), List.of());
        Figure withBand = Figures.oneFrame(Pose.standing().with(Joint.LEFT_SHOULDER, 80).with(Joint.RIGHT_SHOULDER, 80),
                List.of(Prop.of(PropKind.BAND)), List.of());

        assertThat(headCircle(renderer.svg(withBand, 0, "Band"))).isEqualTo(headCircle(renderer.svg(plain, 0, "Standing")));
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
    void everyColourStandsOutOnWhite() {
        List<String> colours = new ArrayList<>(List.of(Palette.TORSO, Palette.NEAR_LIMB, Palette.FAR_LIMB,
                Palette.FLOOR_LINE, Palette.LABEL));
        for (PropKind kind : PropKind.values()) {
            colours.add(Palette.stroke(kind));
        }
        for (String colour : colours) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrastWithWhite(Palette.NEAR_LIMB)).as("near limbs darker than far ones")
                .isGreaterThan(contrastWithWhite(Palette.FAR_LIMB) + 4);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The head's height and size in the picture. */
    private static String headCircle(String svg) {
        int at = svg.indexOf("r=\"6\" fill=\"" + Palette.TORSO + "\"");
        String circle = svg.substring(svg.lastIndexOf("<circle", at), at + 6);
        return circle.substring(circle.indexOf("cy="));
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

    private static double contrastWithWhite(String hex) {
        double luminance = 0;
        Map<Integer, Double> weights = Map.of(1, 0.2126, 3, 0.7152, 5, 0.0722);
        for (var weight : weights.entrySet()) {
            double channel = Integer.parseInt(hex.substring(weight.getKey(), weight.getKey() + 2), 16) / 255.0;
            double linear = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            luminance += weight.getValue() * linear;
        }
        return 1.05 / (luminance + 0.05);
    }
}
