package dev.midback.web.view;

/** How a change in pain reads: "down 2", "up 1", "no change". */
public final class PainText {

    private PainText() {
    }

    public static String change(int change) {
        return change == 0 ? "no change" : change < 0 ? "down " + -change : "up " + change;
    }
}
