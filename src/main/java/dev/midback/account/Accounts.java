package dev.midback.account;

import com.password4j.Password;
import dev.midback.input.Checked;
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
 * Signing up, in and out: passwords judged for strength and hashed with Argon2id (a capped number
 * at once), session tokens random (256 bits) and kept only as their SHA-256, and failed sign-ins
 * limited per email across every app instance. Neither signing up nor in tells whether an email
 * has an account.
 */
public final class Accounts {

    public static final Duration SESSION_LIFE = Duration.ofDays(30);
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final int FAILURES_ALLOWED = 5;

    private final AccountStore store;
    private final Clock clock;
    private final Pause pause;
    private final HeavyWork work;
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

    /** Accounts whose heavy work takes as many turns at once as this machine has processors. */
    public Accounts(AccountStore store, Clock clock, Pause pause) {
        this(store, clock, pause, HeavyWork.forThisMachine());
    }

    public Accounts(AccountStore store, Clock clock, Pause pause, HeavyWork work) {
        this.store = store;
        this.clock = clock;
        this.pause = pause;
        this.work = work;
        this.decoyHash = hash("not a password anybody has " + UUID.randomUUID());
    }

    /** What signing up gave. */
    public sealed interface SignUp {
        record Created(Account account) implements SignUp {
        }

        record Invalid(String field, String problem) implements SignUp {
        }

        /** The email had an account already; to be answered exactly as {@link Created}. */
        record Taken() implements SignUp {
        }

        /** Too many passwords were being hashed at once; nothing was kept. */
        record Busy(long retryAfterSeconds) implements SignUp {
        }
    }

    /** What signing in gave. */
    public sealed interface SignIn {
        /** Signed in: the token goes in the cookie, never in the database. */
        record Ok(Account account, String token, AccountStore.Session session) implements SignIn {
        }

        record Wrong() implements SignIn {
        }

        /** Too many failed sign-ins for the email in the window; the password was not checked. */
        record Locked(long retryAfterSeconds) implements SignIn {
        }

        /** Too many passwords were being checked at once; this one was not, and does not count. */
        record Busy(long retryAfterSeconds) implements SignIn {
        }
    }

    /** A signed-in person and their session. */
    public record Current(Account account, AccountStore.Session session) {
    }

    /**
     * Signs up. The password is judged and hashed whether or not the email has an account, so the
     * answer takes about as long either way.
     */
    public SignUp signUp(String email, String password, String name) {
        Optional<Prepared> prepared = work.run(() -> {
            Checked<AccountInput.NewAccount> checked = AccountInput.check(email, password, name);
            return new Prepared(checked, checked.isValid() ? hash(checked.value().password()) : null);
        });
        if (prepared.isEmpty()) {
            return new SignUp.Busy(work.retryAfterSeconds());
        }
        Checked<AccountInput.NewAccount> checked = prepared.get().checked();
        if (!checked.isValid()) {
            return new SignUp.Invalid(checked.field(), checked.problem());
        }
        AccountInput.NewAccount given = checked.value();
        Account account = new Account(UUID.randomUUID().toString(), given.email(), given.name(), Account.Role.PERSON,
                clock.instant());
        return store.create(account, prepared.get().hash()) ? new SignUp.Created(account) : new SignUp.Taken();
    }

    private record Prepared(Checked<AccountInput.NewAccount> checked, String hash) {
    }

    /**
     * Signs in. The attempt is kept before the password is checked, and counted with the others for
     * the email: beyond {@link #FAILURES_ALLOWED} in {@link #FAILURE_WINDOW} it is refused unchecked
     * (and forgotten, so refusals do not stretch the wait). An unknown email is checked against a
     * decoy hash, so it takes as long as a wrong password.
     */
    public SignIn signIn(String email, String password) {
        String mail = AccountInput.normalEmail(email);
        if (mail.isEmpty() || mail.length() > AccountInput.MAX_EMAIL || password == null) {
            return new SignIn.Wrong();
        }
        Instant now = clock.instant();
        AccountStore.Attempt attempt = store.recordAttempt(mail, now, FAILURE_WINDOW);
        List<Instant> others = attempt.others();
        if (others.size() >= FAILURES_ALLOWED) {
            store.forgetAttempt(attempt.id());
            Instant free = others.get(others.size() - FAILURES_ALLOWED).plus(FAILURE_WINDOW);
            return new SignIn.Locked(Math.max(1, (Duration.between(now, free).toMillis() + 999) / 1000));
        }
        Optional<Account> account = store.findByEmail(mail);
        String hash = account.flatMap(a -> store.passwordHash(a.id())).orElse(decoyHash);
        Optional<Boolean> matches = password.length() > AccountInput.MAX_PASSWORD * 2 ? Optional.of(false)
                : work.run(() -> Password.check(password, hash).withArgon2());
        if (matches.isEmpty()) {
            store.forgetAttempt(attempt.id());
            return new SignIn.Busy(work.retryAfterSeconds());
        }
        if (!matches.get() || account.isEmpty()) {
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

    /** Deletes the account with its sessions, its data and the failed sign-ins of its email, all at once. */
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
