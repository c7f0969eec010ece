package dev.midback.plan;

import java.util.Optional;

/**
 * Where planned routines are kept, per owner, so a link to one keeps working after a restart;
 * nobody finds another owner's plan. Personal mode has one owner, {@link #LOCAL}.
 */
public interface PlanStore {

    String LOCAL = "local";

    /** Keeps the owner's plan and returns its new id. */
    String save(String owner, PlanRequest request, Routine routine);

    Optional<StoredPlan> find(String owner, String id);

    /** Deletes every plan of the owner; returns how many there were. */
    int deleteAll(String owner);

    /** Keeps the plan for the personal-mode owner. */
    default String save(PlanRequest request, Routine routine) {
        return save(LOCAL, request, routine);
    }

    /** The personal-mode owner's plan. */
    default Optional<StoredPlan> find(String id) {
        return find(LOCAL, id);
    }

    /** A kept plan: its id, what was asked, and the routine given. */
    record StoredPlan(String id, PlanRequest request, Routine routine) {
    }
}
