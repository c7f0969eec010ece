package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person sees and which exit status scripts get from the commands. */
class CommandLineTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCommandAloneOrWithHelpListsEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help"}}) {
            CliRun run = CliRun.of(args);
            String listing = run.out() + run.err();
            assertThat(listing).as(String.join(" ", args))
                    .contains("exercises", "show", "questions", "plan", "go", "log", "history", "export", "serve");
        }
        CliRun help = CliRun.of("help", "serve");
        assertThat(help.out() + help.err()).contains("--allowed-host", "--trusted-proxy");
    }

    @Test
    void exercisesPrintsAReadableTableWithinEightyColumns() {
        CliRun run = CliRun.of("exercises");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(run.out().lines().findFirst().orElseThrow()).contains("ID", "LEVEL", "DOSE", "NEEDS");
        assertThat(run.out()).contains("\nALL-FOURS\n", "\nSEATED-CHAIR\n", "cat-cow", "3-10 reps", "passive-backbend",
                "towel or blanket", "5-7 breaths x4", "15-30 s/side");
        assertThat(run.out().indexOf("\nSTANDING\n")).as("groups follow the positions' order")
                .isLessThan(run.out().indexOf("\nSUPINE\n"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exercisesJsonIsAnArrayOfTheDesignedObjects() throws Exception {
        CliRun run = CliRun.of("exercises", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode all = json.readTree(run.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isGreaterThanOrEqualTo(18);
        for (JsonNode e : all) {
            assertThat(e.fieldNames()).toIterable().contains("id", "name", "aliases", "kind", "position", "needs",
                    "movements", "level", "dosage", "perSide", "steps", "breathing", "cautions", "prerequisites", "sources");
            assertThat(e.get("dosage").fieldNames()).toIterable().contains("unit", "default", "min", "max", "sets");
            assertThat(e.get("setup").asText()).isNotBlank();
            for (JsonNode source : e.get("sources")) {
                assertThat(source.fieldNames()).toIterable().containsExactly("seed", "title", "url", "fact");
                assertThat(source.get("title").asText()).isNotBlank();
            }
        }
        JsonNode backbend = find(all, "passive-backbend");
        assertThat(backbend.get("needs").toString()).isEqualTo("[[\"towel\",\"blanket\",\"mat\"]]");
        assertThat(find(all, "cat-cow").get("needs").toString()).isEqualTo("[]");
    }

    @Test
    void showFindsAnExerciseByAliasAndWrapsIt() {
        CliRun run = CliRun.withEnv(Map.of("COLUMNS", "60"), "show", "cat-camel");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Cat-cow  (cat-cow)");
        assertThat(run.out()).contains("Steps", "Breathing", "Cautions", "Sources", "Dose: 5 repetitions", "5 Stretches to Release");
        assertThat(run.out()).as("sources by the article's title, not its file name").doesNotContain(".txt");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(60));
    }

    @Test
    void showTakesANameOfSeveralWords() {
        CliRun run = CliRun.of("show", "Child's", "Pose");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(childs-pose)");
    }

    @Test
    void showJsonPrintsOneObject() throws Exception {
        CliRun run = CliRun.of("show", "BRIDGE", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode bridge = json.readTree(run.out());
        assertThat(bridge.get("id").asText()).isEqualTo("bridge");
        assertThat(bridge.get("dosage").get("sets").asInt()).isEqualTo(4);
    }

    @Test
    void unknownNameExitsTwoWithOneLineSuggestingTheClosest() {
        CliRun run = CliRun.of("show", "cobar");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("'cobar'", "did you mean", "cobra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--colour", "--json=maybe"})
    void badOptionExitsTwoWithOneLine(String option) {
        CliRun run = CliRun.of("exercises", option);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(option.split("=")[0]);
    }

    @Test
    void serveRefusesABadPortWithOneLine() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("70000");
        assertThat(run.served()).isEmpty();
    }

    @Test
    void serveRefusesADatabaseItDoesNotKnow() {
        CliRun run = CliRun.of("serve", "--db", "jdbc:mysql://localhost/x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("jdbc:mysql://localhost/x");
    }

    @Test
    void serveRefusesANetworkAddressWhileThereAreNoAccounts() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("0.0.0.0");
        assertThat(run.served()).isEmpty();
    }

    @Test
    void serveAcceptsANetworkAddressInAccountsMode() {
        CliRun run = CliRun.of("serve", "--accounts", "--host", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.served()).singleElement().asString().startsWith("0.0.0.0 0 jdbc:sqlite:").endsWith(" accounts");
    }

    @Test
    void serveTakesExtraHostNamesAndTrustedProxies() {
        CliRun run = CliRun.of("serve", "--accounts", "--host", "0.0.0.0", "--port", "0",
                "--allowed-host", "midback.example.org,coach.example.org", "--trusted-proxy", "10.0.0.2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.served()).singleElement().asString()
                .endsWith(" accounts hosts=midback.example.org,coach.example.org proxies=10.0.0.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--allowed-host=evil.example/path", "--allowed-host=a b", "--trusted-proxy=proxy.example.org",
            "--trusted-proxy=10.0.0.2/8"})
    void serveRefusesAMalformedHostOrProxyInOneLineNamingIt(String option) {
        CliRun run = CliRun.of("serve", option);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains(option.split("=")[0], option.split("=")[1]);
        assertThat(run.served()).isEmpty();
    }

    @Test
    void serveRefusesANetworkAddressWithoutAccountsInOneLineNamingTheOption() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("0.0.0.0", "--accounts");
    }

    @Test
    void serveDefaultsToLoopbackAndAnSqliteFileInTheDataFolder() {
        CliRun run = CliRun.of("serve", "--port", "0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.served()).singleElement().asString()
                .startsWith("127.0.0.1 0 jdbc:sqlite:").endsWith("/midback.db");
    }

    @Test
    void withoutACommandItListsTheCommands() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exercises", "show", "serve");
    }

    private static JsonNode find(JsonNode all, String id) {
        for (JsonNode e : all) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no " + id);
    }
}
