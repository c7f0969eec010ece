package dev.midback.safety;

/** How soon a person should get help for what they answered. */
public enum Urgency {
    /** Get emergency care now. */
    EMERGENCY,
    /** See a doctor soon, before exercising. */
    SOON,
    /** See a healthcare professional before starting; gentle work meanwhile. */
    BEFORE_STARTING,
    /** Nothing to see anyone about. */
    NONE
}
