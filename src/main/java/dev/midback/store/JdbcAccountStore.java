package dev.midback.store;

import dev.midback.account.Account;
import dev.midback.account.AccountStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Accounts, sessions and failed sign-ins in the database, so every app instance sees the same. */
public final class JdbcAccountStore implements AccountStore {

    private final Database database;

    public JdbcAccountStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean create(Account account, String passwordHash) {
        try {
            database.jdbi().useTransaction(h -> h.createUpdate("INSERT INTO accounts (id, email, name, password_hash, role, created_at) "
                            + "VALUES (:id, :email, :name, :hash, :role, :at)")
                    .bind("id", account.id())
                    .bind("email", account.email())
                    .bind("name", account.name())
                    .bind("hash", passwordHash)
                    .bind("role", account.role().code())
                    .bind("at", account.createdAt().toString())
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (findByEmail(account.email()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Account> find(String id) {
        return one("id", id);
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return one("email", email);
    }

    private Optional<Account> one(String column, String value) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT id, email, name, role, created_at FROM accounts WHERE "
                        + column + " = :v")
                .bind("v", value)
                .map((rs, ctx) -> new Account(rs.getString("id"), rs.getString("email"), rs.getString("name"),
                        Account.Role.of(rs.getString("role")), Instant.parse(rs.getString("created_at"))))
                .findOne());
    }

    @Override
    public Optional<String> passwordHash(String accountId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM accounts WHERE id = :id")
                .bind("id", accountId).mapTo(String.class).findOne());
    }

    @Override
    public boolean delete(String accountId) {
        return database.jdbi().inTransaction(h -> {
            for (String table : List.of("journal_entries", "reminders", "plans", "calendar_feeds")) {
                h.createUpdate("DELETE FROM " + table + " WHERE owner = :id").bind("id", accountId).execute();
            }
            h.createUpdate("DELETE FROM account_sessions WHERE account_id = :id").bind("id", accountId).execute();
            h.createUpdate("DELETE FROM failed_sign_ins WHERE email IN (SELECT email FROM accounts WHERE id = :id)")
                    .bind("id", accountId).execute();
            return h.createUpdate("DELETE FROM accounts WHERE id = :id").bind("id", accountId).execute() > 0;
        });
    }

    @Override
    public void addSession(Session session) {
        database.jdbi().useTransaction(h -> h.createUpdate("INSERT INTO account_sessions (token_hash, account_id, csrf_token, "
                        + "created_at, expires_at) VALUES (:hash, :account, :csrf, :created, :expires)")
                .bind("hash", session.tokenHash())
                .bind("account", session.accountId())
                .bind("csrf", session.csrfToken())
                .bind("created", session.createdAt().toString())
                .bind("expires", session.expiresAt().toString())
                .execute());
    }

    @Override
    public Optional<Session> findSession(String tokenHash, Instant now) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT token_hash, account_id, csrf_token, created_at, expires_at "
                        + "FROM account_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new Session(rs.getString("token_hash"), rs.getString("account_id"), rs.getString("csrf_token"),
                        Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("expires_at"))))
                .findOne())
                .filter(s -> s.expiresAt().isAfter(now));
    }

    @Override
    public void deleteSession(String tokenHash) {
        database.jdbi().useTransaction(h -> h.createUpdate("DELETE FROM account_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public Attempt recordAttempt(String email, Instant at, Duration window) {
        String id = UUID.randomUUID().toString();
        long since = at.minus(window).toEpochMilli();
        return database.jdbi().withHandle(h -> {
            // First committed on its own, then counted: see AccountStore.recordAttempt.
            h.useTransaction(t -> {
                t.createUpdate("DELETE FROM failed_sign_ins WHERE at_ms < :since").bind("since", since).execute();
                t.createUpdate("INSERT INTO failed_sign_ins (id, email, at_ms) VALUES (:id, :email, :at)")
                        .bind("id", id).bind("email", email).bind("at", at.toEpochMilli()).execute();
            });
            List<Instant> others = h.createQuery("SELECT at_ms FROM failed_sign_ins WHERE email = :email AND at_ms >= :since "
                            + "AND id <> :id ORDER BY at_ms")
                    .bind("email", email).bind("since", since).bind("id", id)
                    .mapTo(Long.class).list().stream().map(Instant::ofEpochMilli).toList();
            return new Attempt(id, others);
        });
    }

    @Override
    public void forgetAttempt(String attemptId) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM failed_sign_ins WHERE id = :id").bind("id", attemptId).execute());
    }

    @Override
    public List<Instant> failuresSince(String email, Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT at_ms FROM failed_sign_ins WHERE email = :email "
                        + "AND at_ms >= :since ORDER BY at_ms")
                .bind("email", email).bind("since", since.toEpochMilli())
                .mapTo(Long.class).list().stream().map(Instant::ofEpochMilli).toList());
    }

    @Override
    public void clearFailures(String email) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM failed_sign_ins WHERE email = :email")
                .bind("email", email).execute());
    }
}
