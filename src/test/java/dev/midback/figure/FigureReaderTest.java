package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FigureReaderTest {

    private final Map<String, String> problems = new LinkedHashMap<>();

    private Figure read(String yaml) {
        return new FigureReader().read(Figures.block(yaml), problems::put);
    }

    @Test
    void readsViewPropsFramesAnglesAndContacts() {
        Figure figure = read("""
                figure:
                  view: front
                  turn: -20
                  motion: { hold: out }
                  props:
                    - mat
                    - prop: yoga-block
                      at: head
                      height: high
                  frames:
                    - name: start
                      pose: { trunk: 180, knees: 90, rightKnee: 45, hips: 45 }
                      contacts: [head, pelvis]
                    - name: end
                      pose: { trunk: 170 }
                      props: [chair]
                """);

        assertThat(problems).isEmpty();
        assertThat(figure.view()).isEqualTo(View.FRONT);
        assertThat(figure.turn()).isEqualTo(-20);
        assertThat(figure.props()).containsExactly(Prop.of(PropKind.MAT),
                new Prop(PropKind.YOGA_BLOCK, BodyPoint.HEAD, PropHeight.HIGH));
        Frame start = figure.frame(0);
        assertThat(start.name()).isEqualTo("start");
        assertThat(start.pose().angle(Joint.TRUNK)).isEqualTo(180);
        assertThat(start.pose().angle(Joint.LEFT_KNEE)).as("the pair name sets both knees").isEqualTo(90);
        assertThat(start.pose().angle(Joint.RIGHT_KNEE)).as("a side given on its own wins").isEqualTo(45);
        assertThat(start.pose().angle(Joint.NECK)).as("left out means neutral").isZero();
        assertThat(start.contacts()).containsExactly(BodyPoint.HEAD, BodyPoint.PELVIS);
        assertThat(start.props()).as("frames without props use the figure's").isEqualTo(figure.props());
        assertThat(figure.frame(1).props()).containsExactly(Prop.of(PropKind.CHAIR));
        assertThat(figure.motion()).isEqualTo(new Motion.Hold(Motion.Breath.OUT));
    }

    @Test
    void readsAMotionWithTheBreathByFrameNameAndRefusesOneThatDoesNotFit() {
        String frames = """
                  frames:
                    - name: cat
                      pose: { trunk: 50 }
                    - name: cow
                      pose: { trunk: -20 }
                """;
        Figure figure = read("figure:\n  motion: { in: cow, out: cat }\n" + frames);
        assertThat(problems).isEmpty();
        assertThat(figure.motion()).isEqualTo(new Motion.WithBreath(1, 0));

        read("figure:\n" + frames);
        assertThat(problems).containsOnlyKeys("motion");

        problems.clear();
        read("figure:\n  motion: { in: cow, out: camel }\n" + frames);
        assertThat(problems).containsOnlyKeys("motion.out");
        assertThat(problems.get("motion.out")).contains("cat, cow").contains("camel");

        problems.clear();
        read("figure:\n  motion: { hold: sideways }\n" + frames);
        assertThat(problems).containsOnlyKeys("motion.hold");

        problems.clear();
        Figure still = read("figure:\n  motion: { hold: in }\n  frames:\n    - name: rest\n      pose: {}\n");
        assertThat(problems).as("one frame cannot move").containsOnlyKeys("motion");
        assertThat(still.motion()).isEqualTo(new Motion.Still());
    }

    @Test
    void reportsAnUnknownJointWithItsPathAndAGuess() {
        read("""
                figure:
                  motion: { hold: in }
                  frames:
                    - name: one
                      pose: { knees: 10 }
                    - name: two
                      pose: { leftKnees: 10 }
                """);

        assertThat(problems).containsOnlyKeys("frames[1].pose.leftKnees");
        assertThat(problems.get("frames[1].pose.leftKnees")).contains("unknown joint").contains("did you mean leftKnee?");
    }

    @Test
    void reportsAnAngleOutsideThePlausibleRange() {
        JsonNode block = Figures.block("""
                figure:
                  frames:
                    - name: bent too far
                      pose: { leftKnee: 200, elbows: -40 }
                """);
        ((ObjectNode) block.at("/frames/0/pose")).put("neck", Double.NaN);

        Figure figure = new FigureReader().read(block, problems::put);

        assertThat(problems).containsOnlyKeys("frames[0].pose.leftKnee", "frames[0].pose.elbows", "frames[0].pose.neck");
        assertThat(problems.get("frames[0].pose.neck")).contains("must be a number of degrees");
        assertThat(problems.get("frames[0].pose.leftKnee")).contains("200").contains("-10 to 165");
        assertThat(figure.frame(0).pose().angle(Joint.LEFT_KNEE)).as("the bad angle is left out").isZero();
    }

    @Test
    void reportsAnUnknownPropAndAPropPlacedWrongly() {
        read("""
                figure:
                  props:
                    - towel
                    - prop: foam-roler
                      at: midBack
                    - prop: band
                      at: hands
                    - prop: yoga-block
                      height: tall
                  frames:
                    - name: lying
                      pose: { trunk: 180 }
                """);

        assertThat(problems).containsOnlyKeys("props[0]", "props[1].prop", "props[2].at", "props[3].height");
        assertThat(problems.get("props[0]")).contains("unknown prop 'towel'").contains("towel-roll");
        assertThat(problems.get("props[1].prop")).contains("did you mean foam-roller?");
    }

    @Test
    void reportsMissingFramesAndMissingNames() {
        read("""
                figure:
                  view: side
                """);
        assertThat(problems).containsOnlyKeys("frames");

        problems.clear();
        read("""
                figure:
                  frames: []
                """);
        assertThat(problems).containsOnlyKeys("frames");

        problems.clear();
        read("""
                figure:
                  motion: { hold: in }
                  frames:
                    - pose: { trunk: 90 }
                    - name: " "
                      contacts: [leftHand]
                """);
        assertThat(problems).containsOnlyKeys("frames[0].name", "frames[1].name", "frames[1].pose");
    }

    @Test
    void reportsUnknownFieldsViewsBodyPointsAndDuplicates() {
        read("""
                figure:
                  view: back
                  colour: red
                  turn: 120
                  flip: maybe
                  motion: { hold: in }
                  frames:
                    - name: a
                      pose: { trunk: ninety }
                      contacts: [leftPalm, head, head]
                      speed: fast
                    - name: a
                      pose: {}
                """);

        assertThat(problems).containsOnlyKeys("view", "colour", "turn", "flip", "frames[0].pose.trunk",
                "frames[0].contacts[0]", "frames[0].contacts[2]", "frames[0].speed", "frames[1].name");
        assertThat(problems.get("view")).contains("side, front or top");
        assertThat(problems.get("frames[0].contacts[0]")).contains("unknown body point 'leftPalm'");
    }

    @Test
    void readsATiltThatLooksDownAtTheFigureAndRefusesOneOutOfRangeOrFromAbove() {
        Figure tilted = read("""
                figure:
                  view: side
                  tilt: 30
                  frames:
                    - name: lying
                      pose: { trunk: 180 }
                """);
        assertThat(problems).isEmpty();
        assertThat(tilted.tilt()).isEqualTo(30);

        read("""
                figure:
                  tilt: 75
                  frames:
                    - name: lying
                      pose: { trunk: 180 }
                """);
        assertThat(problems).containsOnlyKeys("tilt");
        assertThat(problems.get("tilt")).contains("from 0 to 60").contains("75");

        problems.clear();
        read("""
                figure:
                  view: top
                  tilt: 20
                  frames:
                    - name: lying
                      pose: { trunk: 180 }
                """);
        assertThat(problems).containsOnlyKeys("tilt");
        assertThat(problems.get("tilt")).contains("not tilted");
    }

    @Test
    void neverThrowsOnInputOfTheWrongShape() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertThatCode(() -> {
            new FigureReader().read(null, problems::put);
            new FigureReader().read(json.textNode("a person"), problems::put);
            new FigureReader().read(json.arrayNode().add(1), problems::put);
            read("""
                    figure:
                      props: mat
                      frames:
                        - 42
                        - name: [x]
                          pose: [1, 2]
                          contacts: leftHand
                          props: [{ at: head }, 7]
                    """);
        }).doesNotThrowAnyException();
        assertThat(problems).isNotEmpty();
    }

    @Test
    void readsEveryNameTheJointsAndBodyPointsDeclare() {
        String pose = Arrays.stream(Joint.values()).map(joint -> joint.key() + ": 10").collect(Collectors.joining(", "));
        String contacts = Arrays.stream(BodyPoint.values()).map(BodyPoint::key).collect(Collectors.joining(", "));
        Figure figure = read("figure:\n  frames:\n    - name: all\n      pose: { " + pose + " }\n      contacts: [" + contacts + "]\n");

        assertThat(problems).isEmpty();
        assertThat(figure.frame(0).contacts()).containsExactly(BodyPoint.values());
    }
}
