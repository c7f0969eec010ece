package dev.midback.cli;

import dev.midback.journal.JournalStore;
import dev.midback.plan.PlanStore;

/** The stores a command works with, open until closed. */
public record Stores(JournalStore journal, PlanStore plans, AutoCloseable resource) implements AutoCloseable {

    /** Opens the stores of a database, given its JDBC URL. */
    @FunctionalInterface
    public interface Opener {
        Stores open(String jdbcUrl);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
