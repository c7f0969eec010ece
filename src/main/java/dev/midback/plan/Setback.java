package dev.midback.plan;

/** What went wrong in the latest session, which makes the next routine step back. */
public enum Setback {
    NONE(""),
    PAIN_STOP("you stopped for pain last session"),
    PAIN_ROSE("your pain rose after the last session");

    private final String cause;

    Setback(String cause) {
        this.cause = cause;
    }

    /** The cause in plain words, to finish a reason: "your pain rose after the last session". */
    public String cause() {
        return cause;
    }
}
