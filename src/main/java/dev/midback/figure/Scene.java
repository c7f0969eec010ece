package dev.midback.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A posed body resting on the floor or its props, with the props in place; the floor is at height 0. */
record Scene(BodyLayout body, List<StagedProp> props) {

    /** A height above every prop, from which the body is let down onto them. */
    private static final double HIGH_ABOVE = 1000;

    Scene {
        props = List.copyOf(props);
    }

    /**
     * Places a frame's body and props: props under the body stand on the floor (or the mat) below their body
     * point, then the body falls straight down until it rests on the floor or a prop, or hangs by its hands
     * from a pull-up bar; a stick is put in the hands, bands and plumb lines are fixed to the body where it ends up.
     */
    static Scene of(Frame frame) {
        BodyLayout posed = Skeleton.layout(frame.pose());
        List<Prop> props = frame.props();
        double ground = has(props, PropKind.MAT) ? PropShapes.MAT_THICKNESS : 0;
        List<StagedProp> staged = new ArrayList<>();
        for (Prop prop : props) {
            if (prop.kind() == PropKind.MAT) {
                staged.add(new StagedProp(prop, List.of(PropShapes.mat(posed))));
            } else if (prop.kind().placedUnderBody()) {
                Vec3 at = posed.point(prop.at());
                staged.add(new StagedProp(prop, PropShapes.under(prop, at.x(), at.z(), ground)));
            }
        }
        BodyLayout body = has(props, PropKind.PULL_UP_BAR) ? hung(posed) : dropped(posed, staged);
        for (Prop prop : props) {
            attached(prop, body, ground).ifPresent(staged::add);
        }
        return new Scene(body, staged);
    }

    private static boolean has(List<Prop> props, PropKind kind) {
        return props.stream().anyMatch(p -> p.kind() == kind);
    }

    private static BodyLayout hung(BodyLayout body) {
        Vec3 hands = body.midpoint(BodyPoint.LEFT_HAND, BodyPoint.RIGHT_HAND);
        return body.moved(new Vec3(0, PropShapes.BAR_HEIGHT - hands.y(), 0));
    }

    private static BodyLayout dropped(BodyLayout body, List<StagedProp> props) {
        BodyLayout lifted = body.moved(new Vec3(0, HIGH_ABOVE - body.bottom(), 0));
        return lifted.moved(new Vec3(0, -dropDistance(lifted, props), 0));
    }

    private static Optional<StagedProp> attached(Prop prop, BodyLayout body, double ground) {
        Vec3 leftHand = body.point(BodyPoint.LEFT_HAND);
        Vec3 rightHand = body.point(BodyPoint.RIGHT_HAND);
        return switch (prop.kind()) {
            case PULL_UP_BAR -> Optional.of(
                    new StagedProp(prop, PropShapes.pullUpBar(leftHand.towards(rightHand, 0.5))));
            case STICK -> Optional.of(new StagedProp(prop, List.of(PropShapes.stick(leftHand, rightHand))));
            case BAND -> {
                Vec3 anchor = PropShapes.bandAnchor(prop.height(), body.point(BodyPoint.NECK), ground);
                yield Optional.of(new StagedProp(prop, List.of(PropShapes.bandAnchorBox(anchor)),
                        List.of(leftHand, anchor, rightHand)));
            }
            case PLUMB_LINE -> {
                Vec3 ear = body.point(prop.at());
                yield Optional.of(new StagedProp(prop, List.of(),
                        List.of(ear.withY(ear.y() + 10), ear.withY(ground))));
            }
            default -> Optional.empty();
        };
    }

    /** How far the body can fall straight down before some point of it meets the floor or a firm prop. */
    private static double dropDistance(BodyLayout body, List<StagedProp> props) {
        double drop = Double.MAX_VALUE;
        for (var entry : body.points().entrySet()) {
            Vec3 p = entry.getValue();
            double radius = entry.getKey().radius();
            double rest = radius;
            for (StagedProp prop : props) {
                for (Solid solid : prop.solids()) {
                    double height = solid.role() == Solid.Role.FIRM ? solid.restingHeight(p.x(), p.z(), radius) : Double.NaN;
                    if (!Double.isNaN(height) && height < p.y()) {
                        rest = Math.max(rest, height);
                    }
                }
            }
            drop = Math.min(drop, p.y() - rest);
        }
        return drop;
    }
}
