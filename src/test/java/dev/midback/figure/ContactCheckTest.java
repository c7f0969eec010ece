package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCheckTest {

    private final Map<String, String> problems = new LinkedHashMap<>();

    @Test
    void acceptsAFigureWhoseContactsAllRestOnTheFloor() {
        new ContactCheck().check(Figures.figure(Figures.CAT_COW), problems::put);

        assertThat(problems).isEmpty();
    }

    @Test
    void reportsAContactThatFloatsWithItsPath() {
        Figure standing = Figures.oneFrame(Pose.standing(), List.of(),
                List.of(BodyPoint.LEFT_HEEL, BodyPoint.RIGHT_HAND));

        new ContactCheck().check(standing, problems::put);

        assertThat(problems).containsOnlyKeys("frames[0].contacts[1]");
        assertThat(problems.get("frames[0].contacts[1]")).contains("rightHand").contains("away from the floor");
    }

    @Test
    void reportsBodyPointsSunkIntoTheFloor() {
        Pose hangingWithStraightLegs = Pose.standing().with(Joint.LEFT_SHOULDER, 180).with(Joint.RIGHT_SHOULDER, 180);
        Figure figure = Figures.oneFrame(hangingWithStraightLegs, List.of(Prop.of(PropKind.PULL_UP_BAR)),
                List.of(BodyPoint.LEFT_HAND, BodyPoint.RIGHT_HAND));

        new ContactCheck().check(figure, problems::put);

        assertThat(problems).containsOnlyKeys("frames[0].pose");
        assertThat(problems.get("frames[0].pose")).contains("into the floor");
    }

    @Test
    void aBodyLoweredOntoAPropRestsOnItInsteadOfSinking() {
        Figure standingOverABall = Figures.oneFrame(Pose.standing(),
                List.of(new Prop(PropKind.EXERCISE_BALL, BodyPoint.PELVIS, PropHeight.MIDDLE)), List.of(BodyPoint.LEFT_TOE));

        new ContactCheck().check(standingOverABall, problems::put);

        assertThat(Scene.of(standingOverABall.frame(0)).body().bottom()).as("standing on top of the ball").isGreaterThan(30);
        assertThat(problems).containsOnlyKeys("frames[0].contacts[0]");
        assertThat(problems.get("frames[0].contacts[0]")).contains("leftToe").contains("away from the exercise-ball");
    }

    @Test
    void placesABodyOnItsProps() {
        Pose lyingOverARoll = Pose.standing().with(Joint.TRUNK, 170).with(Joint.UPPER_SPINE, -25).with(Joint.NECK, 10);
        Figure figure = Figures.oneFrame(lyingOverARoll, List.of(Prop.of(PropKind.TOWEL_ROLL)), List.of(BodyPoint.UPPER_BACK));

        new ContactCheck().check(figure, problems::put);

        assertThat(problems).isEmpty();
        assertThat(Scene.of(figure.frame(0)).body().bottom()).as("nothing below the floor").isGreaterThan(-ContactCheck.TOLERANCE);
    }
}
