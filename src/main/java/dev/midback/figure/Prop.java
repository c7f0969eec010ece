package dev.midback.figure;

import java.util.Objects;

/**
 * One prop of a figure.
 *
 * @param kind what it is
 * @param at the body point it sits under (for props {@linkplain PropKind#placedUnderBody() placed under the body})
 * @param height how a yoga block is stood or how high a band is anchored; {@code MIDDLE} elsewhere
 */
public record Prop(PropKind kind, BodyPoint at, PropHeight height) {

    public Prop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(height, "height");
    }

    public static Prop of(PropKind kind) {
        return new Prop(kind, kind.defaultAt(), kind == PropKind.YOGA_BLOCK ? PropHeight.LOW : PropHeight.MIDDLE);
    }
}
