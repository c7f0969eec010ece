package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.account.Accounts;
import dev.midback.testing.RunningServer.Mode;
import dev.midback.testing.RunningServer.RawResponse;
import dev.midback.testing.RunningServer;
import dev.midback.testing.TestDatabases;
import dev.midback.web.http.Access;
import dev.midback.web.http.SecurityHeaders;
import dev.midback.web.http.Site;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What another site, a rebinding DNS name or a careless client may send, against every route that
 * changes something (taken from the app's one route table, so a new route is covered as soon as it
 * is added), in personal and accounts mode, on SQLite and PostgreSQL. Each request is refused with a
 * 4xx answer saying why (problem+json for the API, a page for forms), in UTF-8, with the security
 * headers, and leaves every table as it was.
 */
class HostileRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json; charset=utf-8";
    private static final String EVIL = "https://evil.example";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** One server per mode and database, started when first needed. */
    private static final Map<Target, Setup> SETUPS = new HashMap<>();
    private static final Map<Mode, List<Route>> ROUTES = new EnumMap<>(Mode.class);

    // ---- what each route reads when sent as its own pages send it ----

    private static final String ENTRY = "{\"at\": \"{now}\", \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 5}],"
            + " \"painBefore\": 3, \"painAfter\": 2, \"stiffness\": 4, \"notes\": \"Felt fine\", \"stoppedForPain\": false}";
    private static final String IMPORT = "{\"format\": \"midback\", \"version\": 1, \"exportedAt\": \"{now}\", \"journal\": [{\"id\": \"{uuid}\","
            + " \"at\": \"{now}\", \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}], \"painBefore\": 3, \"notes\": \"Imported\"}]}";
    private static final String REMINDER = "{\"kind\": \"session\", \"days\": [\"MO\", \"TH\"], \"time\": \"07:15\","
            + " \"timeZone\": \"Europe/Paris\", \"label\": \"Morning stretch\", \"enabled\": true}";

    /**
     * A body each unsafe route accepts, by method and path pattern. {@code {email}}, {@code {password}},
     * {@code {newEmail}}, {@code {now}} and {@code {uuid}} are filled in per request. A route missing
     * here fails every case below until it is added.
     */
    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("POST /plans", Sample.form("minutes=10&place=desk&have=chair&level=beginner&pain=2")),
            Map.entry("POST /api/plans", Sample.json("{\"minutes\": 5, \"place\": \"floor\", \"props\": [\"mat\"], \"level\": \"beginner\", \"pain\": 2}")),
            Map.entry("POST /history/{id}", Sample.form("painBefore=3&painAfter=2&stiffness=4&notes=Felt+fine&done=0")),
            Map.entry("POST /history/{id}/delete", Sample.form("")),
            Map.entry("POST /api/journal", Sample.json(ENTRY)),
            Map.entry("PUT /api/journal/{id}", Sample.json(ENTRY)),
            Map.entry("DELETE /api/journal/{id}", Sample.none()),
            Map.entry("POST /api/import", Sample.json(IMPORT)),
            Map.entry("DELETE /api/data", Sample.none()),
            Map.entry("POST /reminders", Sample.form("kind=session&days=TU&time=09:00&timeZone=Europe%2FParis&label=Stretch&enabled=on")),
            Map.entry("POST /reminders/suggest", Sample.form("sessionTime=07:30&workStarts=09:00&workEnds=17:00&timeZone=Europe%2FParis")),
            Map.entry("POST /reminders/{id}/edit", Sample.form("kind=session&days=MO&time=06:00&timeZone=Europe%2FParis&label=Early&enabled=on")),
            Map.entry("POST /reminders/{id}/delete", Sample.form("")),
            Map.entry("POST /api/reminders", Sample.json(REMINDER)),
            Map.entry("PUT /api/reminders/{id}", Sample.json(REMINDER)),
            Map.entry("DELETE /api/reminders/{id}", Sample.none()),
            Map.entry("POST /sign-in", Sample.form("email={email}&password={password}")),
            Map.entry("POST /sign-up", Sample.form("email={newEmail}&name=Ann&password={password}")),
            Map.entry("POST /sign-out", Sample.form("")),
            Map.entry("POST /api/accounts", Sample.json("{\"email\": \"{newEmail}\", \"password\": \"{password}\", \"name\": \"Ann\"}")),
            Map.entry("DELETE /api/accounts/current", Sample.none()),
            Map.entry("POST /api/sessions", Sample.json("{\"email\": \"{email}\", \"password\": \"{password}\"}")),
            Map.entry("DELETE /api/sessions/current", Sample.none()));

    @AfterAll
    static void stopServers() {
        SETUPS.values().forEach(s -> s.server().close());
        SETUPS.clear();
        ROUTES.clear();
    }

    // ---- the cases ----

    /**
     * The control: sent as the app's own pages send it (a form with the token in its hidden field),
     * each sample is accepted, so each refusal below is for what was changed.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void eachSampleIsAcceptedFromTheAppsOwnPages(Target target, Route route) {
        Setup setup = setup(target);
        Actor actor = setup.freshActor();
        Ids ids = setup.seed(actor);
        Request request = setup.request(route, ids, actor);
        if (!route.isApi() && actor.csrf() != null) {
            request.without("X-CSRF-Token").formField("csrf", actor.csrf());
        }
        RawResponse answer = request.send();
        assertThat(answer.status()).as("%s %s gave %s", route, answer.text(), answer.status()).isBetween(200, 399);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void aChangeFromAnotherSiteIsRefused(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        for (Map<String, String> from : List.of(Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", EVIL), Map.of("Origin", "null"), Map.of("Origin", EVIL, "Referer", EVIL + "/"))) {
            Map<String, Integer> before = setup.server().counts();
            RawResponse answer = setup.request(route, ids, setup.victim()).replaceHeaders(from).send();
            assertRefused(route, answer, 403, "Origin");
            assertThat(setup.server().counts()).as("rows after %s from %s", route, from).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutesInPersonalMode")
    void aChangeForAnotherHostIsRefused(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        for (String host : List.of("evil.example", "evil.example:" + setup.server().port(), "127.0.0.1.evil.example", "localhost.evil.example:80")) {
            Map<String, Integer> before = setup.server().counts();
            RawResponse answer = setup.request(route, ids, setup.victim()).replaceHeaders(Map.of("Host", host)).send();
            assertRefused(route, answer, 403, "Host");
            assertThat(setup.server().counts()).as("rows after %s for host %s", route, host).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutesInAccountsMode")
    void aChangeWithoutTheTokenOfTheSessionIsRefused(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        for (String token : new String[] {null, "", "x".repeat(43), setup.victim().csrf() + "x"}) {
            Map<String, Integer> before = setup.server().counts();
            Request request = setup.request(route, ids, setup.victim()).without("X-CSRF-Token");
            if (token != null) {
                request.header("X-CSRF-Token", token);
            }
            RawResponse answer = request.send();
            assertRefused(route, answer, 403, route.isApi() ? "X-CSRF-Token" : null);
            assertThat(setup.server().counts()).as("rows after %s with the token '%s'", route, token).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("getRoutesInPersonalMode")
    void noPageOrDataIsShownForAnotherHost(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        for (String method : List.of("GET", "HEAD")) {
            RawResponse answer = setup.request(route, ids, setup.victim()).method(method).replaceHeaders(Map.of("Host", "evil.example")).send();
            assertThat(answer.status()).as("%s %s for another host", method, route.path()).isEqualTo(403);
            assertSecurityHeaders(answer);
            if (method.equals("GET")) {
                assertRefused(route, answer, 403, route.isApi() ? "Host" : null);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalTargets")
    void aPageElsewhereCannotReadTheExportByRebindingItsName(Target target) {
        Setup setup = setup(target);
        setup.seed(setup.victim());
        RawResponse answer = setup.server().raw("GET", "/api/export").header("Host", "evil.example").send();
        assertRefused(new Route(HandlerType.GET, "/api/export", Access.PERSONAL), answer, 403, "Host");
        assertThat(answer.text()).doesNotContain("Felt fine", "cat-cow");
        for (String host : List.of("localhost", "127.0.0.1", "[::1]")) {
            RawResponse own = setup.server().raw("GET", "/api/export").header("Host", host + ":" + setup.server().port()).send();
            assertThat(own.status()).as("export for host %s", host).isEqualTo(200);
            assertThat(own.text()).contains("Felt fine");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void aBodyInAnotherContentTypeIsRefused(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Sample sample = sampleOf(route);
        String fields = sample.body().isEmpty() || sample.kind() == Kind.NONE ? "note=hello" : setup.fill(sample.body(), setup.victim());
        String boundary = "----midback" + UUID.randomUUID().toString().replace("-", "");
        List<Map.Entry<String, byte[]>> bodies = new ArrayList<>(List.of(
                Map.entry("text/plain", fields.getBytes(StandardCharsets.UTF_8)),
                Map.entry("text/plain;charset=UTF-8", fields.getBytes(StandardCharsets.UTF_8)),
                Map.entry("multipart/form-data; boundary=" + boundary, multipart(boundary, fields)),
                Map.entry("multipart/form-data; boundary=" + boundary, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"a")
                        .getBytes(StandardCharsets.UTF_8)),
                Map.entry("multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry(route.isApi() ? "application/x-www-form-urlencoded" : "application/json", fields.getBytes(StandardCharsets.UTF_8)),
                Map.entry(route.isApi() ? "application/json; charset=iso-8859-1" : "application/x-www-form-urlencoded; charset=iso-8859-1",
                        fields.getBytes(StandardCharsets.UTF_8)),
                Map.entry("application/json-patch+json", fields.getBytes(StandardCharsets.UTF_8))));
        for (Map.Entry<String, byte[]> body : bodies) {
            Map<String, Integer> before = setup.server().counts();
            RawResponse answer = setup.request(route, ids, setup.victim()).replaceHeaders(Map.of("Content-Type", body.getKey()))
                    .body(body.getValue()).send();
            assertRefused(route, answer, 415, "Content-Type");
            assertThat(setup.server().counts()).as("rows after %s as %s", route, body.getKey()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutesWithBodies")
    void nulInAnyTextOfTheBodyIsRefusedNamingTheField(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Sample sample = sampleOf(route);
        Map<String, byte[]> variants = new LinkedHashMap<>();
        String filled = setup.fill(sample.body(), setup.victim());
        if (sample.kind() == Kind.JSON) {
            textPaths(readJson(filled), "").forEach(path -> variants.put(path, withText(filled, path, "a\u0000b")));
            String path = textPaths(readJson(filled), "").get(0);
            String lone = new String(withText(filled, path, "MARK"), StandardCharsets.UTF_8).replace("MARK", "a\\ud83eb");
            variants.put(path + " (half a surrogate pair)", lone.getBytes(StandardCharsets.UTF_8));
        } else {
            formFields(filled).forEach(name -> variants.put(name, withFormValue(filled, name, "a%00b")));
        }
        assertThat(variants).as("text fields of %s", route).isNotEmpty();
        for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
            for (boolean asBrowser : List.of(true, false)) {
                Map<String, Integer> before = setup.server().counts();
                RawResponse answer = setup.request(route, ids, setup.victim()).body(variant.getValue())
                        .replaceHeaders(route.isApi() || asBrowser ? Map.of() : Map.of("Accept", "application/problem+json")).send();
                assertRefused(route, answer, 400, variant.getKey().replace(" (half a surrogate pair)", ""), !route.isApi() && asBrowser);
                assertThat(setup.server().counts()).as("rows after NUL in %s of %s", variant.getKey(), route).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void bytesThatAreNotUtf8AreRefusedNotReplaced(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Sample sample = sampleOf(route);
        Map<String, Integer> before = setup.server().counts();
        if (sample.kind() != Kind.NONE && !sample.body().isEmpty()) {
            String filled = setup.fill(sample.body(), setup.victim());
            byte[] broken;
            String field;
            if (sample.kind() == Kind.JSON) {
                String path = textPaths(readJson(filled), "").get(0);
                broken = replace(withText(filled, path, "MARK"), "MARK", new byte[] {'a', (byte) 0xC3, '(', (byte) 0xFF});
                field = "body";
            } else {
                String name = formFields(filled).get(0);
                broken = replace(withFormValue(filled, name, "MARK"), "MARK", new byte[] {'a', (byte) 0xFF, 'b'});
                field = "body";
                RawResponse escaped = setup.request(route, ids, setup.victim()).body(withFormValue(filled, name, "a%C3%28b"))
                        .replaceHeaders(Map.of("Accept", "application/problem+json")).send();
                assertRefused(route, escaped, 400, name, false);
            }
            RawResponse answer = setup.request(route, ids, setup.victim()).body(broken).send();
            assertRefused(route, answer, 400, field);
        }
        for (String query : List.of("?note=a%FFb", "?note=a%C3%28", "?note=%E2%82", "?note=a%00b", "?note=%zz", "?note=a\u00ffb")) {
            RawResponse answer = setup.request(route, ids, setup.victim()).target(setup.path(route, ids) + query).send();
            assertRefused(route, answer, 400, "note");
        }
        assertThat(setup.server().counts()).as("rows after broken text sent to %s", route).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void nulOrBrokenBytesInTheAddressAreRefused(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Map<String, Integer> before = setup.server().counts();
        String path = setup.path(route, ids);
        String withId = route.path().contains("{") ? path.replaceFirst("/[^/]*$", "") : path;
        for (String target2 : List.of(path + "%00", withId + "/a%00b", path + "%FF", path + "%C0%AF", path + "/%2e%2e/%2e%2e/x")) {
            RawResponse answer = setup.request(route, ids, setup.victim()).target(target2).send();
            assertThat(answer.status()).as("%s %s: %s", route.method(), target2, answer.text()).isBetween(400, 499);
            assertSecurityHeaders(answer);
            assertThat(answer.header("Content-Type").orElse("")).matches("(?i)(application/problem\\+json|text/html); ?charset=utf-8");
        }
        assertThat(setup.server().counts()).as("rows after broken addresses of %s", route).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeRoutes")
    void aBodyOverTheLimitIsRefusedWith413(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        long limit = route.path().equals("/api/import") ? WebServer.MAX_BODY : WebServer.MAX_SMALL_BODY;
        Map<String, Integer> before = setup.server().counts();
        byte[] body = new byte[(int) limit + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        String type = route.isApi() ? "application/json" : "application/x-www-form-urlencoded";
        RawResponse answer = setup.request(route, ids, setup.victim()).header("Content-Type", type).body(body).send();
        assertRefused(route, answer, 413, "body");
        RawResponse chunked = setup.request(route, ids, setup.victim()).header("Content-Type", type)
                .header("Transfer-Encoding", "chunked").body(chunked(body)).send();
        assertRefused(route, chunked, 413, "body");
        assertThat(setup.server().counts()).as("rows after a body too large for %s", route).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("allRoutes")
    void anotherMethodOnAnExistingAddressIs405WithAllow(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Set<String> allowed = new TreeSet<>();
        routes(target.mode()).stream().filter(r -> r.path().equals(route.path())).forEach(r -> allowed.add(r.method().name()));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        Map<String, Integer> before = setup.server().counts();
        for (String method : List.of("PATCH", "TRACE", "PROPFIND")) {
            RawResponse answer = setup.request(route, ids, setup.victim()).method(method).send();
            assertRefused(route, answer, 405, null);
            Set<String> said = Stream.of(answer.header("Allow").orElse("").split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(said).as("Allow of %s", route.path()).isEqualTo(allowed);
        }
        assertThat(setup.server().counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("getRoutes")
    void headAnswersLikeGetWithoutTheBody(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        RawResponse get = setup.request(route, ids, setup.victim()).send();
        RawResponse head = setup.request(route, ids, setup.victim()).method("HEAD").send();
        assertThat(head.status()).as("HEAD %s", route.path()).isEqualTo(get.status());
        assertThat(head.body()).as("body of HEAD %s", route.path()).isEmpty();
        for (String name : List.of("content-type", "cache-control", "location", "content-disposition", "allow", "www-authenticate",
                "content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")) {
            assertThat(head.header(name)).as("%s of HEAD %s", name, route.path()).isEqualTo(get.header(name));
        }
        if (get.header("content-length").isPresent() && head.header("content-length").isPresent()) {
            assertThat(head.header("content-length")).isEqualTo(get.header("content-length"));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("personalGetRoutes")
    void personalPagesAndDataAreNeverStoredByCaches(Target target, Route route) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        RawResponse answer = setup.request(route, ids, setup.victim()).send();
        assertThat(answer.status()).as("GET %s: %s", route.path(), answer.text()).isBetween(200, 499);
        assertThat(answer.header("Cache-Control")).as("Cache-Control of %s", route.path()).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertSecurityHeaders(answer);
    }

    /** Out-of-range dates and numbers: refused naming the field, never wrapped, rounded or clamped. */
    @ParameterizedTest(name = "{0}: {1} {2} = {3}")
    @MethodSource("outOfRange")
    void outOfRangeDatesAndNumbersAreRefusedNamingTheField(Target target, Route route, String field, String value) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Map<String, Integer> before = setup.server().counts();
        Sample sample = sampleOf(route);
        byte[] body;
        if (sample.kind() == Kind.JSON) {
            String marked = new String(withText(setup.fill(sample.body(), setup.victim()), field, "MARK"), StandardCharsets.UTF_8);
            boolean text = value.contains(":") || value.startsWith("+");
            body = marked.replace("\"MARK\"", text ? "\"" + value + "\"" : value).getBytes(StandardCharsets.UTF_8);
        } else {
            body = withFormValue(setup.fill(sample.body(), setup.victim()), field, URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        RawResponse answer = setup.request(route, ids, setup.victim()).body(body).send();
        assertRefused(route, answer, 400, route.isApi() ? field : null);
        assertThat(setup.server().counts()).as("rows after %s = %s on %s", field, value, route).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void jettysOwnRefusalsAreProblemsWithTheSecurityHeaders(Target target) {
        Setup setup = setup(target);
        Ids ids = setup.seed(setup.victim());
        Map<String, Integer> before = setup.server().counts();
        RunningServer server = setup.server();
        RawResponse longUri = server.raw("GET", "/api/exercises?q=" + "a".repeat(20_000)).send();
        assertRefused(new Route(HandlerType.GET, "/api/exercises", Access.PUBLIC), longUri, 414, "path");
        RawResponse longPost = setup.request(routes(target.mode()).stream().filter(r -> r.path().equals("/api/journal")
                && r.method() == HandlerType.POST).findFirst().orElseThrow(), ids, setup.victim())
                .target("/api/journal?x=" + "a".repeat(20_000)).send();
        assertThat(longPost.status()).isEqualTo(414);
        RawResponse bigHeader = server.raw("GET", "/api/exercises").header("X-Padding", "a".repeat(20_000)).send();
        assertRefused(new Route(HandlerType.GET, "/api/exercises", Access.PUBLIC), bigHeader, 431, "headers");
        RawResponse bigCookie = server.raw("POST", "/api/journal").header("Content-Type", "application/json")
                .header("Cookie", "midback_session=" + "a".repeat(20_000)).body("{}").send();
        assertRefused(new Route(HandlerType.POST, "/api/journal", Access.PERSONAL), bigCookie, 431, "headers");
        RawResponse manyHeaders = server.raw("GET", "/api/exercises").headers(manyHeaders(1_500)).send();
        assertThat(manyHeaders.status()).isEqualTo(431);
        assertSecurityHeaders(manyHeaders);
        for (String broken : List.of("GET /x y HTTP/1.1", "GET / HTTP/9.9", "G\u0000T / HTTP/1.1")) {
            RawResponse answer = server.raw(broken.split(" ")[0], broken.substring(broken.indexOf(' ') + 1).replace(" HTTP/1.1", "")).send();
            assertThat(answer.status()).as(broken).isBetween(400, 505);
            assertSecurityHeaders(answer);
            assertThat(answer.header("Content-Type")).hasValue(PROBLEM);
        }
        RawResponse brokenPage = server.raw("GET", "/exercises/a%FFb").header("Accept", BROWSER_ACCEPT).send();
        assertRefused(new Route(HandlerType.GET, "/exercises/{id}", Access.PUBLIC), brokenPage, 400, null);
        RawResponse brokenApi = server.raw("DELETE", "/api/journal/a%C0%AFb").send();
        assertRefused(new Route(HandlerType.DELETE, "/api/journal/{id}", Access.PERSONAL), brokenApi, 400, null);
        RawResponse badLength = server.raw("POST", "/api/journal").header("Content-Type", "application/json")
                .header("Content-Length", "abc").body("{}").send();
        assertThat(badLength.status()).isEqualTo(400);
        assertSecurityHeaders(badLength);
        assertThat(badLength.header("Content-Type")).hasValue(PROBLEM);
        assertThat(server.counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anEmojiInAProblemComesBackIntactInUtf8(Target target) throws Exception {
        Setup setup = setup(target);
        String emoji = "\uD83E\uDDD8\u200D\u2640\uFE0F\uD83D\uDE00";
        String escaped = URLEncoder.encode(emoji, StandardCharsets.UTF_8);
        RawResponse api = setup.server().raw("GET", "/api/exercises/" + escaped).send();
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).hasValue(PROBLEM);
        assertThat(JSON.readTree(api.text()).get("detail").asText()).contains(emoji);
        assertThat(api.text()).contains(emoji);
        RawResponse page = setup.server().raw("GET", "/exercises/" + escaped).header("Accept", BROWSER_ACCEPT).send();
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type").orElse("")).containsIgnoringCase("text/html").containsIgnoringCase("utf-8");
        assertThat(page.text()).contains(emoji);
        Route journal = new Route(HandlerType.POST, "/api/journal", Access.PERSONAL);
        RawResponse refused = setup.request(journal, setup.seed(setup.victim()), setup.victim())
                .body(ENTRY.replace("{now}", Instant.now().minusSeconds(60).toString()).replace("cat-cow", emoji)).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(JSON.readTree(refused.text()).get("detail").asText()).contains(emoji);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountTargets")
    void signingInOrUpNeedsTheTokenOfTheBrowserItHappensIn(Target target) throws Exception {
        Setup setup = setup(target);
        RunningServer server = setup.server();
        String email = "token-" + UUID.randomUUID() + "@example.org";
        Map<String, Integer> before = server.counts();
        String signUp = "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\", \"name\": \"Tia\"}";
        RawResponse noToken = server.raw("POST", "/api/accounts").header("Content-Type", "application/json").body(signUp).send();
        assertRefused(new Route(HandlerType.POST, "/api/accounts", Access.PUBLIC), noToken, 403, "X-CSRF-Token");
        RawResponse wrongToken = server.raw("POST", "/api/accounts").header("Content-Type", "application/json")
                .header("X-CSRF-Token", "a".repeat(43)).header("Cookie", "midback_csrf=" + "b".repeat(43)).body(signUp).send();
        assertRefused(new Route(HandlerType.POST, "/api/accounts", Access.PUBLIC), wrongToken, 403, "X-CSRF-Token");
        assertThat(server.counts()).isEqualTo(before);
        Person.Visit visit = Person.Visit.begin(server);
        assertThat(visit.post("/api/accounts", signUp).statusCode()).isEqualTo(202);
        assertThat(server.count("accounts")).isEqualTo(before.get("accounts") + 1);

        String signIn = "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\"}";
        Map<String, Integer> beforeSignIn = server.counts();
        RawResponse signInNoToken = server.raw("POST", "/api/sessions").header("Content-Type", "application/json").body(signIn).send();
        assertRefused(new Route(HandlerType.POST, "/api/sessions", Access.PUBLIC), signInNoToken, 403, "X-CSRF-Token");
        assertThat(signInNoToken.header("Set-Cookie").orElse("")).doesNotContain("midback_session");
        RawResponse otherBrowsersToken = server.raw("POST", "/api/sessions").header("Content-Type", "application/json")
                .header("X-CSRF-Token", visit.csrf()).body(signIn).send();
        assertRefused(new Route(HandlerType.POST, "/api/sessions", Access.PUBLIC), otherBrowsersToken, 403, "X-CSRF-Token");
        RawResponse formNoToken = server.raw("POST", "/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT).header("Cookie", visit.cookie())
                .body("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(Person.PASSWORD, StandardCharsets.UTF_8)).send();
        assertRefused(new Route(HandlerType.POST, "/sign-in", Access.PUBLIC), formNoToken, 403, null);
        assertThat(server.counts()).isEqualTo(beforeSignIn);
        for (Map.Entry<String, String> from : List.of(Map.entry("Sec-Fetch-Site", "cross-site"), Map.entry("Origin", EVIL))) {
            RawResponse crossSite = server.raw("POST", "/api/sessions").header("Content-Type", "text/plain").header(from.getKey(), from.getValue())
                    .body(signIn).send();
            assertRefused(new Route(HandlerType.POST, "/api/sessions", Access.PUBLIC), crossSite, 403, "Origin");
            RawResponse crossSiteForm = server.raw("POST", "/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", BROWSER_ACCEPT).header(from.getKey(), from.getValue()).header("Cookie", visit.cookie())
                    .body("csrf=" + visit.csrf() + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(Person.PASSWORD, StandardCharsets.UTF_8)).send();
            assertRefused(new Route(HandlerType.POST, "/sign-in", Access.PUBLIC), crossSiteForm, 403, null);
        }
        assertThat(server.counts()).isEqualTo(beforeSignIn);
        var signedIn = visit.post("/api/sessions", signIn);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("midback_session="));
        assertThat(server.count("account_sessions")).isEqualTo(beforeSignIn.get("account_sessions") + 1);
    }

    /**
     * Wrong passwords sent all at once: each answered 401, 429 (or 503 when the server is too busy
     * to check a password, which does not count), and no more passwords checked than a lock allows. Fails while a sign-in reads the count of failures before it records its own
     * (every attempt of a burst sees none yet); passes once an attempt is counted before its
     * password is checked.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("accountTargets")
    void manyWrongPasswordsAtOnceAreAnsweredAndLockTheEmail(Target target) throws Exception {
        Setup setup = setup(target);
        RunningServer server = setup.server();
        String email = "guess-" + UUID.randomUUID() + "@example.org";
        Person.signUp(server, email, "Gus");
        Person.Visit visit = Person.Visit.begin(server);
        int sessions = server.count("account_sessions");
        int attempts = Accounts.FAILURES_ALLOWED * 3;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<RawResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String body = "{\"email\": \"" + email + "\", \"password\": \"wrong guess " + i + "\"}";
                Callable<RawResponse> attempt = () -> server.raw("POST", "/api/sessions").header("Content-Type", "application/json")
                        .header("Cookie", visit.cookie()).header("X-CSRF-Token", visit.csrf()).body(body).send();
                answers.add(pool.submit(attempt));
            }
            int checked = 0;
            for (Future<RawResponse> future : answers) {
                RawResponse answer = future.get();
                assertThat(answer.status()).as("wrong, locked, or too busy to check now: " + answer.text()).isIn(401, 429, 503);
                assertThat(answer.header("Content-Type")).hasValue(PROBLEM);
                assertSecurityHeaders(answer);
                if (answer.status() == 401) {
                    checked++;
                }
            }
            assertThat(checked).as("passwords checked out of %s sent at once", attempts).isLessThanOrEqualTo(Accounts.FAILURES_ALLOWED);
        } finally {
            pool.shutdownNow();
        }
        // a busy server answers 503 without counting the attempt; go on one at a time until the lock shows
        int status = 0;
        for (int i = 0; i <= Accounts.FAILURES_ALLOWED && status != 429; i++) {
            status = visit.post("/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"one more guess\"}").statusCode();
            assertThat(status).isIn(401, 429, 503);
        }
        assertThat(status).as("locked after too many wrong passwords").isEqualTo(429);
        var right = visit.post("/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\"}");
        assertThat(right.statusCode()).as("the right password while locked").isEqualTo(429);
        assertThat(server.count("account_sessions")).isEqualTo(sessions);
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsTheOrigin() {
        Site site = Site.personal().withHost("coach.example");
        try (RunningServer server = RunningServer.start(Mode.PERSONAL, "sqlite", site)) {
            String entry = ENTRY.replace("{now}", Instant.now().minusSeconds(60).toString());
            RawResponse viaProxy = server.raw("POST", "/api/journal").header("Host", "coach.example").header("Content-Type", "application/json")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "coach.example").header("Origin", "https://coach.example")
                    .body(entry).send();
            assertThat(viaProxy.status()).as(viaProxy.text()).isEqualTo(201);
            RawResponse wrongScheme = server.raw("POST", "/api/journal").header("Host", "coach.example").header("Content-Type", "application/json")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "coach.example").header("Origin", "http://coach.example")
                    .body(entry).send();
            assertRefused(new Route(HandlerType.POST, "/api/journal", Access.PERSONAL), wrongScheme, 403, "Origin");
            RawResponse otherName = server.raw("POST", "/api/journal").header("Host", "elsewhere.example").header("Content-Type", "application/json")
                    .header("Origin", "http://elsewhere.example").body(entry).send();
            assertRefused(new Route(HandlerType.POST, "/api/journal", Access.PERSONAL), otherName, 403, "Host");
            assertThat(server.count("journal_entries")).isEqualTo(1);
        }
    }

    // ---- what the answers must be ----

    private static void assertRefused(Route route, RawResponse answer, int status, String field) {
        assertRefused(route, answer, status, field, !route.isApi());
    }

    /** A 4xx answer saying why: problem+json naming the field for the API, a page for people; the security headers either way. */
    private static void assertRefused(Route route, RawResponse answer, int status, String field, boolean page) {
        String what = route + " -> " + answer.status() + " " + answer.headers() + " " + answer.text();
        assertThat(answer.status()).as(what).isEqualTo(status);
        assertSecurityHeaders(answer);
        String type = answer.header("Content-Type").orElse("");
        if (page) {
            assertThat(type).as(what).matches("(?i)text/html; ?charset=utf-8");
            assertThat(answer.text()).as(what).startsWith("<!DOCTYPE html>").contains("</html>");
            return;
        }
        assertThat(type).as(what).isEqualToIgnoringCase(PROBLEM);
        JsonNode problem = readJson(answer.text());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asText()).as(what).isNotBlank();
        assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        if (field != null) {
            assertThat(problem.path("field").asText()).as(what).isEqualTo(field);
        }
    }

    private static void assertSecurityHeaders(RawResponse answer) {
        SecurityHeaders.ALL.forEach((name, value) -> assertThat(answer.header(name))
                .as("%s on the answer %s %s %s", name, answer.status(), answer.headers(), answer.text()).hasValue(value));
    }

    // ---- parameters ----

    /** A mode and a database. */
    record Target(Mode mode, String database) {
        @Override
        public String toString() {
            return mode.name().toLowerCase(Locale.ROOT) + " on " + database;
        }
    }

    /** A line of the route table. */
    record Route(HandlerType method, String path, Access access) {
        /** Whether the route answers JSON (and its problems as problem+json) rather than pages. */
        boolean isApi() {
            return path.startsWith("/api/") || path.equals("/health");
        }

        boolean isUnsafe() {
            return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
        }

        String key() {
            return method.name() + " " + path;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    static Stream<Target> targets() {
        return Stream.of(Mode.values()).flatMap(m -> TestDatabases.kinds().map(d -> new Target(m, d)));
    }

    static Stream<Target> personalTargets() {
        return targets().filter(t -> t.mode() == Mode.PERSONAL);
    }

    static Stream<Target> accountTargets() {
        return targets().filter(t -> t.mode() == Mode.ACCOUNTS);
    }

    static Stream<Arguments> unsafeRoutes() {
        return targets().flatMap(t -> routes(t.mode()).stream().filter(Route::isUnsafe).map(r -> Arguments.of(t, r)));
    }

    /** The unsafe routes that read a body (a route without a sample fails in {@link #sampleOf}). */
    static Stream<Arguments> unsafeRoutesWithBodies() {
        return unsafeRoutes().filter(a -> {
            Sample sample = SAMPLES.get(((Route) a.get()[1]).key());
            return sample == null || (sample.kind() != Kind.NONE && !sample.body().isEmpty());
        });
    }

    static Stream<Arguments> unsafeRoutesInPersonalMode() {
        return unsafeRoutes().filter(a -> ((Target) a.get()[0]).mode() == Mode.PERSONAL);
    }

    static Stream<Arguments> unsafeRoutesInAccountsMode() {
        return unsafeRoutes().filter(a -> ((Target) a.get()[0]).mode() == Mode.ACCOUNTS);
    }

    static Stream<Arguments> getRoutesInPersonalMode() {
        return getRoutes().filter(a -> ((Target) a.get()[0]).mode() == Mode.PERSONAL);
    }

    static Stream<Arguments> getRoutes() {
        return targets().flatMap(t -> routes(t.mode()).stream().filter(r -> r.method() == HandlerType.GET).map(r -> Arguments.of(t, r)));
    }

    static Stream<Arguments> personalGetRoutes() {
        return getRoutes().filter(a -> ((Route) a.get()[1]).access() == Access.PERSONAL);
    }

    static Stream<Arguments> allRoutes() {
        return targets().flatMap(t -> routes(t.mode()).stream()
                .collect(Collectors.toMap(Route::path, r -> r, (a, b) -> a, LinkedHashMap::new)).values().stream()
                .map(r -> Arguments.of(t, r)));
    }

    static Stream<Arguments> outOfRange() {
        List<String[]> cases = List.of(
                new String[] {"POST /api/journal", "at", "0001-01-01T00:00:00Z"},
                new String[] {"POST /api/journal", "at", "9999-12-31T23:59:59Z"},
                new String[] {"POST /api/journal", "at", "+10000-01-01T00:00:00Z"},
                new String[] {"POST /api/journal", "at", "1999-12-31T23:59:59Z"},
                new String[] {"POST /api/journal", "painBefore", "4294967301"},
                new String[] {"POST /api/journal", "painAfter", "-4294967296"},
                new String[] {"POST /api/journal", "stiffness", "1e400"},
                new String[] {"POST /api/journal", "painBefore", "3.5"},
                new String[] {"POST /api/journal", "items[0].amount", "4294967301"},
                new String[] {"POST /api/journal", "items[0].amount", "18446744073709551621"},
                new String[] {"PUT /api/journal/{id}", "at", "0001-01-01T00:00:00Z"},
                new String[] {"PUT /api/journal/{id}", "at", "9999-12-31T23:59:59Z"},
                new String[] {"PUT /api/journal/{id}", "painBefore", "4294967301"},
                new String[] {"POST /api/import", "journal[0].at", "0001-01-01T00:00:00Z"},
                new String[] {"POST /api/import", "journal[0].at", "9999-12-31T23:59:59Z"},
                new String[] {"POST /api/import", "journal[0].painBefore", "4294967301"},
                new String[] {"POST /api/import", "version", "4294967297"},
                new String[] {"POST /api/plans", "minutes", "4294967301"},
                new String[] {"POST /api/plans", "pain", "4294967298"},
                new String[] {"POST /api/reminders", "time", "25:61"},
                new String[] {"POST /plans", "minutes", "4294967301"},
                new String[] {"POST /plans", "pain", "4294967298"},
                new String[] {"POST /history/{id}", "painBefore", "4294967301"});
        return targets().flatMap(t -> cases.stream().map(c -> {
            Route route = routes(t.mode()).stream().filter(r -> r.key().equals(c[0])).findFirst()
                    .orElseThrow(() -> new AssertionError("no route " + c[0]));
            return Arguments.of(t, route, c[1], c[2]);
        }));
    }

    /** The route table of a mode, read from a running server. */
    static synchronized List<Route> routes(Mode mode) {
        return ROUTES.computeIfAbsent(mode, m -> setup(new Target(m, "sqlite")).server().endpoints().stream()
                .map(e -> new Route(e.method(), e.path(), e.access())).toList());
    }

    /**
     * The server of that mode and database, its victim signed in (a case that failed may have signed
     * them out, and should not make the others fail too).
     */
    static synchronized Setup setup(Target target) {
        if (target.database().equals("postgresql")) {
            assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL is not reachable at 127.0.0.1:5432; skipping the PostgreSQL case");
        }
        Setup setup = started(target);
        if (setup.victim().cookie() != null
                && setup.server().raw("GET", "/api/sessions/current").header("Cookie", setup.victim().cookie()).send().status() != 200) {
            try {
                setup = new Setup(setup.server(), Actor.of(Person.signIn(setup.server(), setup.victim().email()), setup.victim().email()));
            } catch (Exception e) {
                throw new IllegalStateException("the victim cannot sign in again", e);
            }
            SETUPS.put(target, setup);
        }
        return setup;
    }

    private static Setup started(Target target) {
        return SETUPS.computeIfAbsent(target, t -> {
            RunningServer server = RunningServer.start(t.mode(), t.database());
            Actor victim;
            try {
                String email = "victim-" + UUID.randomUUID() + "@example.org";
                victim = t.mode() == Mode.PERSONAL ? Actor.LOCAL : Actor.of(Person.signUp(server, email, "Vic"), email);
            } catch (Exception e) {
                server.close();
                throw new IllegalStateException(e);
            }
            return new Setup(server, victim);
        });
    }

    private static Sample sampleOf(Route route) {
        Sample sample = SAMPLES.get(route.key());
        if (sample == null) {
            fail("no sample body for " + route.key() + ": add one to HostileRequestTest.SAMPLES so the new route is tried too");
        }
        return sample;
    }

    // ---- requests ----

    enum Kind { JSON, FORM, NONE }

    record Sample(Kind kind, String body) {
        static Sample json(String body) {
            return new Sample(Kind.JSON, body);
        }

        static Sample form(String body) {
            return new Sample(Kind.FORM, body);
        }

        static Sample none() {
            return new Sample(Kind.NONE, "");
        }
    }

    /** Who sends the requests: the one person of personal mode, or a signed-in person with their cookie and token. */
    record Actor(String email, String cookie, String csrf) {
        static final Actor LOCAL = new Actor("local@example.org", null, null);

        static Actor of(Person person, String email) {
            return new Actor(email, person.cookie(), person.csrf());
        }

        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (cookie != null) {
                headers.put("Cookie", cookie);
                headers.put("X-CSRF-Token", csrf);
            }
            return headers;
        }
    }

    /** The ids of a plan, a journal entry and a reminder the actor owns. */
    record Ids(String plan, String entry, String reminder) {
    }

    /** A server and the person whose data hostile requests aim at. */
    record Setup(RunningServer server, Actor victim) {

        /** Someone who may lose data or their session in a control case without harm to the others. */
        Actor freshActor() {
            if (server.mode() == Mode.PERSONAL) {
                return Actor.LOCAL;
            }
            String email = "fresh-" + UUID.randomUUID() + "@example.org";
            try {
                return Actor.of(Person.signUp(server, email, "Fay"), email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A new plan, journal entry and reminder of the actor's, made as the API's own clients make them. */
        Ids seed(Actor actor) {
            Route plans = new Route(HandlerType.POST, "/api/plans", Access.PERSONAL);
            Route journal = new Route(HandlerType.POST, "/api/journal", Access.PERSONAL);
            Route reminders = new Route(HandlerType.POST, "/api/reminders", Access.PERSONAL);
            Ids none = new Ids("none", "none", "none");
            return new Ids(idOf(request(plans, none, actor).send()), idOf(request(journal, none, actor).send()),
                    idOf(request(reminders, none, actor).send()));
        }

        private static String idOf(RawResponse created) {
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            return readJson(created.text()).get("id").asText();
        }

        /** The route's path with the actor's ids in place of its parameters. */
        String path(Route route, Ids ids) {
            Matcher m = Pattern.compile("\\{([a-z]+)}|<([a-z]+)>").matcher(route.path());
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String before = route.path().substring(0, m.start());
                String value;
                if (before.startsWith("/api/journal") || before.startsWith("/history")) {
                    value = ids.entry();
                } else if (before.startsWith("/api/plans") || before.startsWith("/plans") || before.startsWith("/play")) {
                    value = ids.plan();
                } else if (before.startsWith("/api/reminders") || before.startsWith("/reminders")) {
                    value = ids.reminder();
                } else if (before.startsWith("/exercises") || before.startsWith("/api/exercises")) {
                    value = "cat-cow";
                } else if (before.startsWith("/calendar")) {
                    value = "0".repeat(48);
                } else if (before.startsWith("/static")) {
                    value = "app.css";
                } else {
                    throw new AssertionError("no id to put in " + route.path() + ": add one to HostileRequestTest.Setup.path");
                }
                m.appendReplacement(path, value);
            }
            m.appendTail(path);
            return path.toString();
        }

        /** The sample's placeholders filled in for the actor. */
        String fill(String body, Actor actor) {
            boolean form = !body.startsWith("{");
            String email = actor.email();
            String newEmail = "new-" + UUID.randomUUID() + "@example.org";
            return body.replace("{email}", form ? URLEncoder.encode(email, StandardCharsets.UTF_8) : email)
                    .replace("{newEmail}", form ? URLEncoder.encode(newEmail, StandardCharsets.UTF_8) : newEmail)
                    .replace("{password}", form ? URLEncoder.encode(Person.PASSWORD, StandardCharsets.UTF_8) : Person.PASSWORD)
                    .replace("{now}", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString())
                    .replace("{uuid}", UUID.randomUUID().toString());
        }

        /** The route's sample, sent as the app's own page or script sends it, by the actor. */
        Request request(Route route, Ids ids, Actor actor) {
            Sample sample = route.isUnsafe() ? sampleOf(route) : Sample.none();
            Request request = new Request(server, route.method().name(), path(route, ids));
            request.header("Accept", route.isApi() ? "application/json" : BROWSER_ACCEPT);
            if (route.isUnsafe()) {
                request.header("Sec-Fetch-Site", "same-origin").header("Origin", "http://127.0.0.1:" + server.port());
            }
            actor.headers().forEach(request::header);
            if (sample.kind() != Kind.NONE) {
                request.header("Content-Type", sample.kind() == Kind.JSON ? "application/json" : "application/x-www-form-urlencoded");
                request.body(fill(sample.body(), actor).getBytes(StandardCharsets.UTF_8));
            }
            return request;
        }
    }

    /** A request being put together, every header replaceable. */
    static final class Request {
        private final RunningServer server;
        private String method;
        private String target;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Request(RunningServer server, String method, String target) {
            this.server = server;
            this.method = method;
            this.target = target;
        }

        Request header(String name, String value) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            headers.put(name, value);
            return this;
        }

        Request without(String name) {
            headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            return this;
        }

        /** These headers instead of those of the same name; a cross-site request drops the same-origin ones. */
        Request replaceHeaders(Map<String, String> more) {
            if (more.containsKey("Sec-Fetch-Site") || more.containsKey("Origin")) {
                headers.keySet().removeIf(k -> k.equalsIgnoreCase("Sec-Fetch-Site") || k.equalsIgnoreCase("Origin"));
            }
            more.forEach(this::header);
            return this;
        }

        Request body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        /** One more field at the end of a form body. */
        Request formField(String name, String value) {
            String field = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            String form = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return body((form.isEmpty() ? field : form + "&" + field).getBytes(StandardCharsets.UTF_8));
        }

        Request body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        Request method(String name) {
            this.method = name;
            return this;
        }

        Request target(String path) {
            this.target = path;
            return this;
        }

        RawResponse send() {
            RunningServer.Raw raw = server.raw(method, target).headers(headers);
            if (body != null) {
                raw.body(body);
            }
            return raw.send();
        }
    }

    // ---- bodies ----

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The paths of every text in a JSON document, named as the API names fields ({@code items[0].exerciseId}). */
    private static List<String> textPaths(JsonNode node, String path) {
        List<String> paths = new ArrayList<>();
        if (node.isTextual()) {
            paths.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(textPaths(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> paths.addAll(textPaths(node.get(name), path.isEmpty() ? name : path + "." + name)));
        }
        return paths;
    }

    private static byte[] withText(String json, String path, String text) {
        JsonNode tree = readJson(json);
        set(tree, path, JSON.valueToTree(text));
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Puts a value at a path such as {@code journal[0].at}. */
    private static void set(JsonNode tree, String path, JsonNode value) {
        Matcher parts = Pattern.compile("([A-Za-z]+)|\\[(\\d+)]").matcher(path);
        List<Object> steps = new ArrayList<>();
        while (parts.find()) {
            steps.add(parts.group(1) != null ? parts.group(1) : Integer.valueOf(parts.group(2)));
        }
        JsonNode at = tree;
        for (int i = 0; i < steps.size() - 1; i++) {
            at = steps.get(i) instanceof Integer n ? at.get(n) : at.get((String) steps.get(i));
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer n) {
            ((ArrayNode) at).set(n, value);
        } else {
            ((ObjectNode) at).set((String) last, value);
        }
    }

    private static List<String> formFields(String form) {
        return Stream.of(form.split("&")).filter(p -> !p.isEmpty()).map(p -> p.split("=", 2)[0]).distinct().toList();
    }

    /** The form with the first value of that field replaced by the text given (already escaped as needed). */
    private static byte[] withFormValue(String form, String name, String escaped) {
        List<String> pairs = new ArrayList<>(List.of(form.split("&")));
        boolean done = false;
        for (int i = 0; i < pairs.size(); i++) {
            if (!done && pairs.get(i).split("=", 2)[0].equals(name)) {
                pairs.set(i, name + "=" + escaped);
                done = true;
            }
        }
        if (!done) {
            pairs.add(name + "=" + escaped);
        }
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] body, String mark, byte[] with) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(mark);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(with);
        out.writeBytes(text.substring(at + mark.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] multipart(String boundary, String form) {
        StringBuilder body = new StringBuilder();
        for (String pair : form.split("&")) {
            String[] nv = pair.split("=", 2);
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(nv[0]).append("\"\r\n\r\n")
                    .append(nv.length > 1 ? nv[1] : "").append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 65_536;
        for (int at = 0; at < body.length; at += size) {
            int n = Math.min(size, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Map<String, String> manyHeaders(int count) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            headers.put("X-Header-" + i, "v");
        }
        return headers;
    }
}
