package dev.midback.account;

import com.password4j.Password;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing up, in and out: passwords hashed with Argon2id, session tokens random (256 bits) and kept
 * only as their SHA-256, and failed sign-ins limited per email.
 */
public final class Accounts {

    public static final Duration SESSION_LIFE = Duration.ofDays(30);
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final int FAILURES_ALLOWED = 5;

    private final AccountStore store;
    private final Clock clock;
    private final Pause pause;
    private final SecureRandom random = new SecureRandom();
    private final String decoyHash;

    /** How a failed sign-in is slowed down; tests may pass a shorter one. */
    public interface Pause {
        void after(Duration duration);
    }

    public static final Pause SLEEP = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    public Accounts(AccountStore store, Clock clock, Pause pause) {
        this.store = store;
        this.clock = clock;
        this.pause = pause;
        this.decoyHash = hash("not a password anybody has " + UUID.randomUUID());
    }

    /** What signing up gave. */
    public sealed interface SignUp {
        record Created(Account account) implements SignUp {
        }

        record Invalid(String field, String problem) implements SignUp {
        }

        record Taken() implements SignUp {
        }
    }

    /** What signing in gave. */
    public sealed interface SignIn {
        /** Signed in: the token goes in the cookie, never in the database. */
        record Ok(Account account, String token, AccountStore.Session session) implements SignIn {
        }

        record Wrong() implements SignIn {
        }

        record Locked(long retryAfterSeconds) implements SignIn {
        }
    }

    /** A signed-in person and their session. */
    public record Current(Account account, AccountStore.Session session) {
    }

    public SignUp signUp(String email, String password, String name) {
        AccountInput.Checked checked = AccountInput.check(email, password, name);
        if (!checked.isValid()) {
            return new SignUp.Invalid(checked.field(), checked.problem());
        }
        if (store.findByEmail(checked.email()).isPresent()) {
            return new SignUp.Taken();
        }
        Account account = new Account(UUID.randomUUID().toString(), checked.email(), checked.name(), Account.Role.PERSON,
                clock.instant());
        return store.create(account, hash(checked.password())) ? new SignUp.Created(account) : new SignUp.Taken();
    }

    public SignIn signIn(String email, String password) {
        String mail = AccountInput.normalEmail(email);
        Instant now = clock.instant();
        List<Instant> failures = store.failuresSince(mail, now.minus(FAILURE_WINDOW));
        if (failures.size() >= FAILURES_ALLOWED) {
            Instant free = failures.get(failures.size() - FAILURES_ALLOWED).plus(FAILURE_WINDOW);
            return new SignIn.Locked(Math.max(1, (Duration.between(now, free).toMillis() + 999) / 1000));
        }
        Optional<Account> account = store.findByEmail(mail);
        String hash = account.flatMap(a -> store.passwordHash(a.id())).orElse(decoyHash);
        boolean right = password != null && password.length() <= AccountInput.MAX_PASSWORD * 2
                && Password.check(password, hash).withArgon2() && account.isPresent();
        if (!right) {
            if (!mail.isEmpty() && mail.length() <= AccountInput.MAX_EMAIL) {
                store.recordFailure(mail, now);
            }
            pause.after(Duration.ofMillis(300));
            return new SignIn.Wrong();
        }
        store.clearFailures(mail);
        String token = token();
        AccountStore.Session session = new AccountStore.Session(sha256(token), account.get().id(), token(), now,
                now.plus(SESSION_LIFE));
        store.addSession(session);
        return new SignIn.Ok(account.get(), token, session);
    }

    public Optional<Current> current(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return store.findSession(sha256(token), clock.instant())
                .flatMap(s -> store.find(s.accountId()).map(a -> new Current(a, s)));
    }

    public void signOut(String token) {
        if (token != null && token.length() <= 100) {
            store.deleteSession(sha256(token));
        }
    }

    /** Deletes the account and its sessions (its data is deleted by whoever keeps it). */
    public boolean delete(String accountId) {
        return store.delete(accountId);
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a token, as sessions are looked up by. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
