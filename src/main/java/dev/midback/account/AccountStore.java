package dev.midback.account;

import java.time.Instant;
import java.util.Optional;

/** Where accounts, their sessions and failed sign-ins are kept (all in the database, for every app instance). */
public interface AccountStore {

    /** Keeps a new account; false when the email is already taken. */
    boolean create(Account account, String passwordHash);

    Optional<Account> find(String id);

    Optional<Account> findByEmail(String email);

    Optional<String> passwordHash(String accountId);

    /**
     * Deletes the account and everything kept for it (sessions, journal, reminders, plans, calendar
     * feed) at once, all or nothing; false when there was none.
     */
    boolean delete(String accountId);

    void addSession(Session session);

    /** The session whose token hashes to this, if it has not expired at {@code now}. */
    Optional<Session> findSession(String tokenHash, Instant now);

    void deleteSession(String tokenHash);

    void recordFailure(String email, Instant at);

    /** Failed sign-ins for the email since the instant, oldest first. */
    java.util.List<Instant> failuresSince(String email, Instant since);

    void clearFailures(String email);

    /** A signed-in browser session: only the token's hash is kept. */
    record Session(String tokenHash, String accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
    }
}
