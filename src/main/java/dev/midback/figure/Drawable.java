package dev.midback.figure;

/** A piece of SVG, how near to the viewer it is (nearer pieces are drawn later, over farther ones) and the box it covers. */
record Drawable(double depth, String svg, Bounds bounds) {
}
