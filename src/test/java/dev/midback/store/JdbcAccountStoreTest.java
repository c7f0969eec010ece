package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.account.Account;
import dev.midback.account.AccountStore;
import dev.midback.account.Accounts;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts, sessions and failed sign-ins are kept in the database, on both databases. */
class JdbcAccountStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    static Path folder;

    static Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private static Account account(String email) {
        return new Account(UUID.randomUUID().toString(), email, "Name of " + email, Account.Role.PERSON, NOW);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void accountsAreKeptOncePerEmailAndDeletedWithTheirSessions(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-kept"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            Account ana = account("ana@example.org");
            assertThat(store.create(ana, "hash-of-ana")).isTrue();
            assertThat(store.create(account("ana@example.org"), "another")).isFalse();
            assertThat(store.find(ana.id())).hasValue(ana);
            assertThat(store.findByEmail("ana@example.org")).hasValue(ana);
            assertThat(store.findByEmail("bo@example.org")).isEmpty();
            assertThat(store.passwordHash(ana.id())).hasValue("hash-of-ana");

            AccountStore.Session session = new AccountStore.Session("a".repeat(64), ana.id(), "csrf", NOW, NOW.plus(Duration.ofDays(30)));
            store.addSession(session);
            assertThat(store.findSession("a".repeat(64), NOW.plusSeconds(60))).hasValue(session);
            assertThat(store.findSession("a".repeat(64), NOW.plus(Duration.ofDays(31)))).as("expired").isEmpty();
            assertThat(store.findSession("b".repeat(64), NOW)).isEmpty();

            assertThat(store.delete(ana.id())).isTrue();
            assertThat(store.find(ana.id())).isEmpty();
            assertThat(store.findSession("a".repeat(64), NOW)).isEmpty();
            assertThat(store.delete(ana.id())).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sessionsAreDeletedOnSignOut(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-sessions"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            Account bo = account("bo@example.org");
            store.create(bo, "h");
            store.addSession(new AccountStore.Session("c".repeat(64), bo.id(), "t1", NOW, NOW.plus(Duration.ofDays(30))));
            store.addSession(new AccountStore.Session("d".repeat(64), bo.id(), "t2", NOW, NOW.plus(Duration.ofDays(30))));
            store.deleteSession("c".repeat(64));
            assertThat(store.findSession("c".repeat(64), NOW)).isEmpty();
            assertThat(store.findSession("d".repeat(64), NOW)).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void failedSignInsAreCountedInTheWindowAndCleared(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-failures"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            store.recordFailure("cy@example.org", NOW.minus(Duration.ofMinutes(20)));
            store.recordFailure("cy@example.org", NOW.minus(Duration.ofMinutes(5)));
            store.recordFailure("cy@example.org", NOW.minus(Duration.ofMinutes(1)));
            store.recordFailure("dee@example.org", NOW);
            assertThat(store.failuresSince("cy@example.org", NOW.minus(Duration.ofMinutes(15))))
                    .containsExactly(NOW.minus(Duration.ofMinutes(5)), NOW.minus(Duration.ofMinutes(1)));
            store.clearFailures("cy@example.org");
            assertThat(store.failuresSince("cy@example.org", NOW.minus(Duration.ofDays(1)))).isEmpty();
            assertThat(store.failuresSince("dee@example.org", NOW.minus(Duration.ofDays(1)))).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void signingInHashesPasswordsKeepsOnlyTheTokenHashAndLocksAfterFiveFailures(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-service"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            Accounts accounts = new Accounts(store, Clock.fixed(NOW, ZoneOffset.UTC), d -> { });
            Accounts.SignUp made = accounts.signUp("Eve@Example.org", "correct horse battery", "Eve");
            assertThat(made).isInstanceOf(Accounts.SignUp.Created.class);
            String id = ((Accounts.SignUp.Created) made).account().id();
            assertThat(store.passwordHash(id).orElseThrow()).startsWith("$argon2id$").doesNotContain("correct horse");

            Accounts.SignIn ok = accounts.signIn("eve@example.org", "correct horse battery");
            assertThat(ok).isInstanceOf(Accounts.SignIn.Ok.class);
            String token = ((Accounts.SignIn.Ok) ok).token();
            assertThat(store.findSession(token, NOW)).as("the raw token is not kept").isEmpty();
            assertThat(accounts.current(token)).map(c -> c.account().id()).hasValue(id);
            accounts.signOut(token);
            assertThat(accounts.current(token)).isEmpty();

            for (int i = 0; i < 5; i++) {
                assertThat(accounts.signIn("eve@example.org", "wrong horse battery")).isInstanceOf(Accounts.SignIn.Wrong.class);
            }
            assertThat(accounts.signIn("eve@example.org", "correct horse battery"))
                    .isEqualTo(new Accounts.SignIn.Locked(Duration.ofMinutes(15).toSeconds()));
        }
    }
}
