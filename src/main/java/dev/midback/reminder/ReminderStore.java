package dev.midback.reminder;

import java.util.List;
import java.util.Optional;

/** Where reminders are kept, per owner: nobody reads, changes or deletes another owner's reminders. */
public interface ReminderStore {

    /** The owner's reminders, by time of day, then kind, oldest first. */
    List<Reminder> list(String owner);

    Optional<Reminder> find(String owner, String id);

    /** Keeps a new reminder. */
    void add(String owner, Reminder reminder);

    /** Keeps several new reminders at once, all or none. */
    void addAll(String owner, List<Reminder> reminders);

    /** Replaces the owner's reminder with this id; false when there is none. */
    boolean replace(String owner, Reminder reminder);

    /** Deletes the owner's reminder; false when there is none. */
    boolean delete(String owner, String id);

    /** The secret that names the owner's calendar feed, made the first time it is asked for. */
    String feedToken(String owner);

    /** Whose calendar feed a secret names, if anyone's. */
    java.util.Optional<String> feedOwner(String token);
}
