package dev.midback.account;

import java.time.Instant;

/** A person who signs in: the id owns their journal, plans and reminders. */
public record Account(String id, String email, String name, Role role, Instant createdAt) {

    /** What the person does with the app. */
    public enum Role {
        PERSON, CLINICIAN;

        public String code() {
            return name().toLowerCase();
        }

        public static Role of(String code) {
            return valueOf(code.toUpperCase());
        }
    }
}
