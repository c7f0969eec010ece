package dev.midback.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI document the app serves, as a contract that answers are held to: the path and method
 * must be documented, the status declared for that operation, the required headers there, the
 * content type one the status lists, and the body valid against its schema (JSON Schema 2020-12,
 * as OpenAPI 3.1 uses, with {@code $ref}s resolved within the whole document). Every answer checked
 * is remembered, so a test can ask which operations and statuses were seen.
 */
public final class ApiContract {

    private static final String RESOURCE = "api/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private ApiContract(JsonNode document) {
        this.document = document;
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), registry -> registry.schemaRegistryConfig(
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The document as the app ships it. */
    public static ApiContract load() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ApiContract(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer as it came over the wire. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Answer {
            Map<String, List<String>> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            named.putAll(headers);
            headers = named;
        }

        public static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().map(), response.body() == null ? "" : response.body());
        }

        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The media type of the body, without parameters, or null when none is named. */
        public String mediaType() {
            return header("Content-Type").map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the body is not JSON: " + body, e);
            }
        }
    }

    /** Every documented operation, as {@code "GET /api/journal/{id}"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The operation's description in the document. */
    public JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
    }

    /** The statuses an operation declares, such as {@code 200}, {@code 404}. */
    public Set<Integer> statuses(String operation) {
        Set<Integer> statuses = new TreeSet<>();
        operation(operation).get("responses").fieldNames().forEachRemaining(s -> statuses.add(Integer.valueOf(s)));
        return statuses;
    }

    /** What has been checked so far, as {@code "GET /api/journal/{id} 404"}. */
    public Set<String> seen() {
        return new TreeSet<>(seen);
    }

    /** The documented path a concrete path (no query) falls under: a fixed path before one with {parameters}. */
    public Optional<String> template(String path) {
        List<String> matches = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(template -> {
            if (matches(template, path)) {
                matches.add(template);
            }
        });
        return matches.stream().min((a, b) -> Long.compare(parameters(a), parameters(b)));
    }

    private static boolean matches(String template, String path) {
        String[] want = template.split("/", -1);
        String[] have = path.split("/", -1);
        if (want.length != have.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            String part = want[i];
            if (part.contains("{")) {
                String regex = java.util.regex.Pattern.quote(part).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                if (!have[i].matches(regex) || have[i].isEmpty()) {
                    return false;
                }
            } else if (!part.equals(have[i])) {
                return false;
            }
        }
        return true;
    }

    private static long parameters(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    /**
     * Holds an answer to {@code method pathAndQuery} to the document, and remembers it; throws an
     * AssertionError saying every way it differs.
     */
    public Answer check(String method, String pathAndQuery, Answer answer) {
        String path = pathAndQuery.split("\\?", 2)[0];
        String where = method + " " + pathAndQuery + " answered " + answer.status();
        String template = template(path).orElseThrow(() -> new AssertionError(where + ", but the document has no path " + path));
        JsonNode pathItem = document.get("paths").get(template);
        JsonNode operation = pathItem.get(method.toLowerCase(Locale.ROOT));
        List<String> problems = new ArrayList<>();
        String responsePointer;
        JsonNode response;
        if (operation == null) {
            if (answer.status() != 405) {
                throw new AssertionError(where + ", but the document has no " + method + " for " + template);
            }
            checkAllow(pathItem, answer, problems);
            String name = template.startsWith("/api/") || template.equals("/health") ? "MethodNotAllowed" : "PageMethodNotAllowed";
            responsePointer = "/components/responses/" + name;
            response = document.at(responsePointer);
        } else {
            JsonNode declared = operation.get("responses").get(Integer.toString(answer.status()));
            if (declared == null) {
                throw new AssertionError(where + ", a status " + method + " " + template + " does not declare (it declares "
                        + statuses(method + " " + template) + "): " + shorten(answer.body()));
            }
            responsePointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + answer.status();
            if (declared.has("$ref")) {
                responsePointer = declared.get("$ref").asText().substring(1);
            }
            response = document.at(responsePointer);
            if (answer.status() == 405) {
                checkAllow(pathItem, answer, problems);
            }
        }
        checkHeaders(responsePointer, response, answer, problems);
        checkBody(method, responsePointer, response, answer, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(where + ", which the document does not describe:\n  - " + String.join("\n  - ", problems)
                    + "\n  body: " + shorten(answer.body()));
        }
        seen.add(method + " " + template + " " + answer.status());
        return answer;
    }

    /** The Allow header of a 405 names exactly the documented methods of the path (HEAD comes with GET). */
    private static void checkAllow(JsonNode pathItem, Answer answer, List<String> problems) {
        Set<String> documented = new TreeSet<>();
        pathItem.fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                documented.add(m.toUpperCase(Locale.ROOT));
            }
        });
        Set<String> allowed = new TreeSet<>();
        for (String m : answer.header("Allow").orElse("").split(",")) {
            if (!m.isBlank() && !m.strip().equalsIgnoreCase("HEAD") && !m.strip().equalsIgnoreCase("OPTIONS")) {
                allowed.add(m.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (!allowed.equals(documented)) {
            problems.add("Allow lists " + allowed + " but the document has " + documented);
        }
    }

    private void checkHeaders(String responsePointer, JsonNode response, Answer answer, List<String> problems) {
        JsonNode headers = response.get("headers");
        if (headers == null) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> declared = headers.fields();
        while (declared.hasNext()) {
            Map.Entry<String, JsonNode> header = declared.next();
            Optional<String> value = answer.header(header.getKey());
            if (value.isEmpty()) {
                if (header.getValue().path("required").asBoolean(false)) {
                    problems.add("the required header " + header.getKey() + " is missing");
                }
                continue;
            }
            String pointer = responsePointer + "/headers/" + escape(header.getKey()) + "/schema";
            validate(pointer, TextNode.valueOf(value.get()).toString())
                    .forEach(e -> problems.add("header " + header.getKey() + " '" + value.get() + "': " + e));
        }
    }

    private void checkBody(String method, String responsePointer, JsonNode response, Answer answer, List<String> problems) {
        JsonNode content = response.get("content");
        boolean hasBody = !answer.body().isEmpty() && !method.equals("HEAD");
        if (content == null || content.isEmpty()) {
            if (hasBody) {
                problems.add("a body came (" + answer.mediaType() + ") where the document declares none");
            }
            return;
        }
        if (!hasBody) {
            if (!method.equals("HEAD")) {
                problems.add("no body came where the document declares " + fieldNames(content));
            }
            return;
        }
        String type = answer.mediaType();
        if (type == null || !content.has(type)) {
            problems.add("the content type " + type + " is not among those declared, " + fieldNames(content));
            return;
        }
        String pointer = responsePointer + "/content/" + escape(type) + "/schema";
        String instance = type.endsWith("json") ? answer.body() : TextNode.valueOf(answer.body()).toString();
        validate(pointer, instance).forEach(e -> problems.add(type + " body: " + e));
    }

    /** What is wrong with a JSON instance against the schema at this pointer of the document. */
    public List<String> validate(String pointer, String json) {
        Schema schema = compiled.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + fragment(p))));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage() + " (" + e.getEvaluationPath() + ")")
                .collect(Collectors.toList());
    }

    /** A JSON pointer token: {@code /} and {@code ~} escaped (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer written as a URI fragment: the characters a fragment may not hold, percent-encoded. */
    private static String fragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (char c : pointer.toCharArray()) {
            if (Character.isLetterOrDigit(c) || "/~-._!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String shorten(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
