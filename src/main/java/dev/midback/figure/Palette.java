package dev.midback.figure;

/**
 * The colours of the pictures: a light scheme written as attributes, so a picture reads anywhere it is put,
 * and a dark one that a standalone picture switches to by a style block when the reader prefers dark.
 * Outlines, arrows, the worked region's edge and the floor line keep at least 3:1 against the background
 * in both schemes.
 */
final class Palette {

    /** One colour scheme; each colour has a class that the dark style block repaints. */
    record Scheme(String background, String outline, String body, String farBody, String hair, String work,
                  String workEdge, String arrow, String floor, String floorLine, String label, String cord) {
    }

    static final Scheme LIGHT = new Scheme("#ffffff", "#1f2d3d", "#c7d9ea", "#8fa7bf", "#3b4656", "#f8cfa6",
            "#c2410c", "#1d5b85", "#eef2f6", "#64748b", "#334155", "#c2410c");
    static final Scheme DARK = new Scheme("#18212b", "#e2e8f0", "#3f5d7c", "#2b3f55", "#a9b8c9", "#7c4220",
            "#fb923c", "#7cc4f5", "#232e3b", "#8fa1b6", "#e2e8f0", "#fdba74");

    /** The mat in the dark scheme: the body lies on it, so it is darkened for the body's light outline to show. */
    static final String DARK_MAT = "#2c4434";

    /** Class names of the painted parts, each repainted in the dark scheme. */
    static final String BACKDROP = "fig-backdrop";
    static final String OUTLINE = "fig-line";
    static final String BODY = "fig-body";
    static final String BODY_FILL = "fig-skin";
    static final String BODY_STROKE = "fig-near";
    static final String INK = "fig-ink";
    static final String FAR_STROKE = "fig-far";
    static final String FAR_FILL = "fig-far-fill";
    static final String HAIR = "fig-hair";
    static final String WORK = "fig-work";
    static final String WORK_EDGE = "fig-work-edge";
    static final String ARROW = "fig-arrow";
    static final String FLOOR = "fig-floor";
    static final String FLOOR_LINE = "fig-floor-line";
    static final String LABEL = "fig-label";
    static final String CORD = "fig-cord";

    private Palette() {
    }

    /**
     * The style block of a standalone picture: in dark mode it paints its own dark backdrop and repaints every
     * part, so it reads whatever the page around it does. Pictures put into a page leave it out (a page's
     * content security policy refuses inline styles) and keep the light scheme.
     */
    static String darkStyle() {
        Scheme d = DARK;
        return "<style>@media (prefers-color-scheme: dark){"
                + "." + BACKDROP + "{fill:" + d.background() + "}"
                + "." + OUTLINE + "{stroke:" + d.outline() + "}"
                + "." + BODY + "{fill:" + d.body() + ";stroke:" + d.outline() + "}"
                + "." + BODY_FILL + "{fill:" + d.body() + "}"
                + "." + BODY_STROKE + "{stroke:" + d.body() + "}"
                + "." + INK + "{fill:" + d.outline() + "}"
                + "." + FAR_STROKE + "{stroke:" + d.farBody() + "}"
                + "." + FAR_FILL + "{fill:" + d.farBody() + "}"
                + "." + HAIR + "{fill:" + d.hair() + "}"
                + "." + WORK + "{fill:" + d.work() + "}"
                + "." + WORK + "-line{stroke:" + d.work() + "}"
                + "." + WORK_EDGE + "{stroke:" + d.workEdge() + "}"
                + "." + ARROW + "{stroke:" + d.arrow() + "}"
                + "." + ARROW + "-head{fill:" + d.arrow() + "}"
                + "." + FLOOR + "{fill:" + d.floor() + "}"
                + "." + FLOOR_LINE + "{stroke:" + d.floorLine() + "}"
                + "." + LABEL + "{fill:" + d.label() + "}"
                + "." + CORD + "{stroke:" + d.cord() + "}"
                + ".prop-mat ." + OUTLINE + "{fill:" + DARK_MAT + "}"
                + "}</style>\n";
    }

    /** The fill colour of a prop; its outline is the body's, so props and body read as one drawing. */
    static String fill(PropKind kind) {
        return switch (kind) {
            case TOWEL_ROLL, BLANKET_ROLL -> "#efc4ae";
            case MAT_ROLL -> "#c5dbb4";
            case MAT -> "#b9d0a8";
            case CHAIR -> "#c59a6d";
            case EXERCISE_BALL -> "#bfe3dd";
            case FOAM_ROLLER -> "#a9c4e6";
            case YOGA_BLOCK -> "#d9cdf0";
            case BAND, PLUMB_LINE -> "none";
            case PULL_UP_BAR -> "#9aa3ae";
            case STICK -> "#c9995f";
        };
    }
}
