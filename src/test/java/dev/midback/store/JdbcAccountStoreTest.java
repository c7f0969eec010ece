package dev.midback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.account.Account;
import dev.midback.account.AccountStore;
import dev.midback.account.Accounts;
import dev.midback.account.HeavyWork;
import dev.midback.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts, sessions and failed sign-ins are kept in the database, and the sign-in limit holds, on both databases. */
class JdbcAccountStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration WINDOW = Accounts.FAILURE_WINDOW;
    private static final String PASSWORD = "plum orbit cactus ledger 42";

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
    void deletingAnAccountForgetsTheFailedSignInsOfItsEmailOnly(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-delete-failures"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            Account fay = account("fay@example.org");
            store.create(fay, "h");
            store.recordAttempt("fay@example.org", NOW, WINDOW);
            store.recordAttempt("fay@example.org", NOW, WINDOW);
            store.recordAttempt("gus@example.org", NOW, WINDOW);
            assertThat(store.delete(fay.id())).isTrue();
            assertThat(store.failuresSince("fay@example.org", Instant.EPOCH)).isEmpty();
            assertThat(store.failuresSince("gus@example.org", Instant.EPOCH)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void attemptsAreCountedInTheWindowPrunedForgottenAndCleared(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-failures"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            assertThat(store.recordAttempt("cy@example.org", NOW.minus(Duration.ofMinutes(30)), WINDOW).others()).isEmpty();
            assertThat(store.recordAttempt("old@example.org", NOW.minus(Duration.ofMinutes(20)), WINDOW).others()).isEmpty();
            assertThat(store.recordAttempt("cy@example.org", NOW.minus(Duration.ofMinutes(5)), WINDOW).others())
                    .as("the attempt of 30 minutes ago is outside the window").isEmpty();
            assertThat(store.failuresSince("cy@example.org", Instant.EPOCH)).as("and was deleted")
                    .containsExactly(NOW.minus(Duration.ofMinutes(5)));
            AccountStore.Attempt third = store.recordAttempt("cy@example.org", NOW.minus(Duration.ofMinutes(1)), WINDOW);
            assertThat(third.others()).containsExactly(NOW.minus(Duration.ofMinutes(5)));
            AccountStore.Attempt dee = store.recordAttempt("dee@example.org", NOW, WINDOW);
            assertThat(dee.others()).isEmpty();
            assertThat(store.failuresSince("old@example.org", Instant.EPOCH)).as("pruned for every email").isEmpty();

            AccountStore.Attempt same = store.recordAttempt("dee@example.org", NOW, WINDOW);
            assertThat(same.id()).isNotEqualTo(dee.id());
            assertThat(same.others()).containsExactly(NOW);

            store.forgetAttempt(third.id());
            assertThat(store.failuresSince("cy@example.org", Instant.EPOCH)).containsExactly(NOW.minus(Duration.ofMinutes(5)));
            store.clearFailures("cy@example.org");
            assertThat(store.failuresSince("cy@example.org", Instant.EPOCH)).isEmpty();
            assertThat(store.failuresSince("dee@example.org", Instant.EPOCH)).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void signingInHashesPasswordsKeepsOnlyTheTokenHashAndLocksAfterFiveFailures(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-service"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            Accounts accounts = new Accounts(store, Clock.fixed(NOW, ZoneOffset.UTC), d -> { });
            Accounts.SignUp made = accounts.signUp("Eve@Example.org", PASSWORD, "Eve");
            assertThat(made).isInstanceOf(Accounts.SignUp.Created.class);
            String id = ((Accounts.SignUp.Created) made).account().id();
            String hash = store.passwordHash(id).orElseThrow();
            assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
            assertThat(accounts.signUp("EVE@example.org", "another fine long phrase", "Other")).isEqualTo(new Accounts.SignUp.Taken());
            assertThat(store.passwordHash(id)).as("the first password stays").hasValue(hash);

            Accounts.SignIn ok = accounts.signIn("eve@example.org", PASSWORD);
            assertThat(ok).isInstanceOf(Accounts.SignIn.Ok.class);
            String token = ((Accounts.SignIn.Ok) ok).token();
            assertThat(store.findSession(token, NOW)).as("the raw token is not kept").isEmpty();
            assertThat(accounts.current(token)).map(c -> c.account().id()).hasValue(id);
            accounts.signOut(token);
            assertThat(accounts.current(token)).isEmpty();
            assertThat(store.failuresSince("eve@example.org", Instant.EPOCH)).as("a sign-in that passes is not a failure").isEmpty();

            for (int i = 0; i < 5; i++) {
                assertThat(accounts.signIn("eve@example.org", "wrong horse battery")).isInstanceOf(Accounts.SignIn.Wrong.class);
            }
            assertThat(accounts.signIn("eve@example.org", PASSWORD)).isEqualTo(new Accounts.SignIn.Locked(WINDOW.toSeconds()));
            assertThat(accounts.signIn("eve@example.org", PASSWORD)).isEqualTo(new Accounts.SignIn.Locked(WINDOW.toSeconds()));
            assertThat(store.failuresSince("eve@example.org", Instant.EPOCH)).as("refusals do not stretch the wait").hasSize(5);
            assertThat(accounts.signIn("nobody@example.org", PASSWORD)).isInstanceOf(Accounts.SignIn.Wrong.class);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void thirtyWrongPasswordsAtOnceOnTwoAppInstancesGetAtMostFiveChecks(String kind) throws Exception {
        String url = TestDatabases.fresh(kind, folder, "accounts-concurrent");
        try (Database one = Database.open(url); Database two = Database.open(url)) {
            Clock clock = Clock.systemUTC();
            List<Accounts> instances = List.of(
                    new Accounts(new JdbcAccountStore(one), clock, d -> { }, new HeavyWork(2, Duration.ofMinutes(1))),
                    new Accounts(new JdbcAccountStore(two), clock, d -> { }, new HeavyWork(2, Duration.ofMinutes(1))));
            assertThat(instances.get(0).signUp("hal@example.org", PASSWORD, "Hal")).isInstanceOf(Accounts.SignUp.Created.class);

            List<Accounts.SignIn> results = atOnce(30, i -> instances.get(i % 2).signIn("hal@example.org", "wrong guess number " + i));

            // However the attempts interleave, no more than five are checked (in a tight burst even fewer may be).
            long checked = results.stream().filter(r -> r instanceof Accounts.SignIn.Wrong).count();
            assertThat(checked).isLessThanOrEqualTo(5L);
            assertThat(results).filteredOn(r -> !(r instanceof Accounts.SignIn.Wrong)).hasSize(30 - (int) checked)
                    .allSatisfy(r -> assertThat(r).isInstanceOf(Accounts.SignIn.Locked.class));
            assertThat(new JdbcAccountStore(one).failuresSince("hal@example.org", Instant.EPOCH)).hasSize((int) checked);
            if (checked == 5) {
                assertThat(instances.get(1).signIn("hal@example.org", PASSWORD)).isInstanceOf(Accounts.SignIn.Locked.class);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void whenEveryTurnIsTakenSignInsAndSignUpsAreRefusedAsBusyAndNothingCounts(String kind) throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder, "accounts-busy"))) {
            JdbcAccountStore store = new JdbcAccountStore(database);
            HeavyWork work = new HeavyWork(1, Duration.ZERO);
            Accounts accounts = new Accounts(store, Clock.fixed(NOW, ZoneOffset.UTC), d -> { }, work);
            assertThat(accounts.signUp("ida@example.org", PASSWORD, "Ida")).isInstanceOf(Accounts.SignUp.Created.class);

            CountDownLatch taken = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> work.run(() -> {
                taken.countDown();
                try {
                    return release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            holder.start();
            taken.await();
            try {
                assertThat(accounts.signIn("ida@example.org", PASSWORD)).isInstanceOf(Accounts.SignIn.Busy.class);
                assertThat(store.failuresSince("ida@example.org", Instant.EPOCH)).as("an attempt not checked does not count").isEmpty();
                assertThat(accounts.signUp("jo@example.org", PASSWORD, "Jo")).isInstanceOf(Accounts.SignUp.Busy.class);
                assertThat(store.findByEmail("jo@example.org")).isEmpty();
                assertThat(accounts.signUp("ida@example.org", PASSWORD, "Ida")).as("a taken email needs its turn too")
                        .isInstanceOf(Accounts.SignUp.Busy.class);
            } finally {
                release.countDown();
                holder.join();
            }
            assertThat(accounts.signIn("ida@example.org", PASSWORD)).isInstanceOf(Accounts.SignIn.Ok.class);
        }
    }

    /** Runs the calls on as many threads, let go together, and gives their results in order. */
    private static <T> List<T> atOnce(int count, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(n);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
