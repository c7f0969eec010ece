package dev.midback.reminder;

import java.util.Arrays;
import java.util.Optional;

/** What a reminder is for: a stretching session on a planned day, or a short break from desk work. */
public enum ReminderKind {
    SESSION("session", 15, "Mid-back routine", "Stretching session",
            "Time for your mid-back routine. Open Midback, answer the safety questions and follow today's "
                    + "plan. Ease off or stop if anything hurts sharply."),
    DESK_BREAK("desk-break", 5, "Posture check", "Desk break",
            "Stand up from your desk for a quick posture check: ears above shoulders, shoulders above hips, weight on both "
                    + "feet. Take a few slow breaths, roll your shoulders, then carry on.");

    private final String id;
    private final int minutes;
    private final String defaultLabel;
    private final String title;
    private final String description;

    ReminderKind(String id, int minutes, String defaultLabel, String title, String description) {
        this.id = id;
        this.minutes = minutes;
        this.defaultLabel = defaultLabel;
        this.title = title;
        this.description = description;
    }

    public static Optional<ReminderKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The name in the API, the database and forms: {@code session} or {@code desk-break}. */
    public String id() {
        return id;
    }

    /** How long the calendar event lasts. */
    public int minutes() {
        return minutes;
    }

    /** The label a reminder gets when none is given. */
    public String defaultLabel() {
        return defaultLabel;
    }

    /** The kind in a few words, for people. */
    public String title() {
        return title;
    }

    /** What to do when the reminder comes, in plain words. */
    public String description() {
        return description;
    }
}
