package dev.midback.plan;

import java.util.Optional;

/** Where planned routines are kept, so a link to one keeps working after a restart. */
public interface PlanStore {

    /** Keeps the plan and returns its new id. */
    String save(PlanRequest request, Routine routine);

    Optional<StoredPlan> find(String id);

    /** A kept plan: its id, what was asked, and the routine given. */
    record StoredPlan(String id, PlanRequest request, Routine routine) {
    }
}
