package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoseTest {

    @Test
    void movesEveryAngleEvenlyBetweenTwoPoses() {
        Pose from = Pose.standing().with(Joint.LEFT_KNEE, 0).with(Joint.TRUNK, 0);
        Pose to = Pose.standing().with(Joint.LEFT_KNEE, 90).with(Joint.TRUNK, 180);

        Pose quarter = Pose.between(from, to, 0.25);

        assertThat(quarter.angle(Joint.LEFT_KNEE)).isEqualTo(22.5);
        assertThat(quarter.angle(Joint.TRUNK)).isEqualTo(45);
        assertThat(quarter.angle(Joint.NECK)).isZero();
        assertThat(Pose.between(from, to, 0)).isEqualTo(from);
        assertThat(Pose.between(from, to, 1)).isEqualTo(to);
    }

    @Test
    void leftAndRightMirrorEachOther() {
        BodyLayout standing = Skeleton.layout(Pose.standing());

        for (Side side : Side.values()) {
            assertThat(side.of(Joint.LEFT_KNEE).key()).isEqualTo(side.name().toLowerCase() + "Knee");
        }
        Vec3 left = standing.point(BodyPoint.LEFT_HAND);
        Vec3 right = standing.point(BodyPoint.RIGHT_HAND);
        assertThat(left.z()).isNegative().isEqualTo(-right.z());
        assertThat(left.y()).isEqualTo(right.y());
    }

    @Test
    void aStandingFigureIsAboutOneHundredUnitsTall() {
        BodyLayout standing = Skeleton.layout(Pose.standing());

        double height = standing.point(BodyPoint.HEAD).y() + BodyPoint.HEAD.radius() - standing.bottom();

        assertThat(height).isBetween(92.0, 100.0);
    }
}
