package dev.midback.journal;

import java.util.List;
import java.util.Optional;

/**
 * Where journal entries are kept, per owner: nobody reads, changes or deletes another owner's
 * entries. Personal mode has one owner, {@link #LOCAL}.
 */
public interface JournalStore {

    String LOCAL = "local";

    /**
     * Keeps a new entry; an entry whose id is already kept for this owner is not written twice,
     * and the kept one is returned (so a device may send the same entry again safely).
     */
    JournalEntry add(String owner, JournalEntry entry);

    /**
     * Keeps several entries at once, all or none, each kept once as {@link #add} does; returns how
     * many were new.
     */
    int addAll(String owner, java.util.List<JournalEntry> entries);

    /** Deletes every entry of the owner; returns how many there were. */
    int deleteAll(String owner);

    /** The owner's entries, oldest first. */
    List<JournalEntry> list(String owner);

    Optional<JournalEntry> find(String owner, String id);

    /** Replaces the owner's entry with this id; false when there is none. */
    boolean replace(String owner, JournalEntry entry);

    /** Deletes the owner's entry; false when there is none. */
    boolean delete(String owner, String id);
}
