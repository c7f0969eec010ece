package dev.midback.figure;

/** A piece of SVG and how near to the viewer it is; nearer pieces are drawn later, over farther ones. */
record Drawable(double depth, String svg) {
}
