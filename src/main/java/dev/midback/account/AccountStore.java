package dev.midback.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
     * feed, the failed sign-ins of its email) at once, all or nothing; false when there was none.
     */
    boolean delete(String accountId);

    void addSession(Session session);

    /** The session whose token hashes to this, if it has not expired at {@code now}. */
    Optional<Session> findSession(String tokenHash, Instant now);

    void deleteSession(String tokenHash);

    /**
     * Keeps a sign-in attempt for the email before its password is checked, and forgets the attempts
     * of every email older than the window. The attempt is committed before the others are counted,
     * so when attempts come at once, on one app instance or several, and those that counted fewer
     * than k others go on to be checked (and stay kept), the last of them to count saw all the others:
     * no more than k get through, whatever the interleaving. (In a tight burst fewer may, since an
     * attempt also counts those that come just after it.)
     *
     * @return the attempt's id and the moments of the other attempts for the email within the window
     */
    Attempt recordAttempt(String email, Instant at, Duration window);

    /** Forgets one attempt (one refused before its password was checked). */
    void forgetAttempt(String attemptId);

    /** Attempts for the email since the instant that are kept (failed, or not checked yet), oldest first. */
    List<Instant> failuresSince(String email, Instant since);

    /** Forgets every attempt for the email (after it signed in). */
    void clearFailures(String email);

    /** A sign-in attempt as kept, and the moments of the other attempts for its email in the window, oldest first. */
    record Attempt(String id, List<Instant> others) {
    }

    /** A signed-in browser session: only the token's hash is kept. */
    record Session(String tokenHash, String accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
    }
}
