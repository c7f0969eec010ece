package dev.midback.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.input.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-up input is checked field by field, naming the field at fault; passwords must be hard to guess. */
class AccountInputTest {

    private static final String GOOD = "plum orbit cactus ledger 42";
    /** 101 characters of unrelated words. */
    private static final String LONG_WORDS = "violet harbour spoon quantum meadow tractor lantern fig osmosis walrus pebble "
            + "anchor citrus drizzle kettle";

    @Test
    void goodInputIsKeptWithTheEmailLowerCasedAndTheNameTrimmed() {
        Checked<AccountInput.NewAccount> checked = AccountInput.check(" Ana@Example.ORG ", GOOD, "  Ana  ");
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.value().email()).isEqualTo("ana@example.org");
        assertThat(checked.value().name()).isEqualTo("Ana");
        assertThat(checked.value().password()).isEqualTo(GOOD);
        assertThat(checked.value().toString()).as("never printed").doesNotContain(GOOD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL|plum orbit cactus ledger 42|Ana|email",
            "ana|plum orbit cactus ledger 42|Ana|email",
            "ana@example|plum orbit cactus ledger 42|Ana|email",
            "a b@example.org|plum orbit cactus ledger 42|Ana|email",
            "ana@example.org|eleven char|Ana|password",
            "ana@example.org|NULL|Ana|password",
            "ana@example.org|plum orbit cactus ledger 42|'   '|name",
            "ana@example.org|plum orbit cactus ledger 42|NULL|name",
    })
    void badInputNamesTheField(String email, String password, String name, String field) {
        Checked<AccountInput.NewAccount> checked = AccountInput.check(email, password, name);
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.field()).isEqualTo(field);
        assertThat(checked.problem()).startsWith(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "password1234", "123456789012", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa", "Password1234!"})
    void passwordsEasyToGuessAreRefusedSayingWhyAndWhatToDo(String password) {
        Checked<AccountInput.NewAccount> checked = AccountInput.check("ana.lopez@example.org", password, "Ana Lopez");
        assertThat(checked.field()).isEqualTo("password");
        assertThat(checked.problem()).startsWith("password is too easy to guess").contains("a few unrelated words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana.lopez@example.org", "Ana.Lopez@Example.org", "lopez1234567", "analopezanalopez", "ana.lopez.2024",
            "lopezana.lopez"})
    void passwordsMadeOfTheEmailOrNameAreRefusedSayingSo(String password) {
        Checked<AccountInput.NewAccount> checked = AccountInput.check("ana.lopez@example.org", password, "Ana Lopez");
        assertThat(checked.field()).isEqualTo("password");
        assertThat(checked.problem()).contains("uses your name or email", "a few unrelated words");
    }

    @Test
    void theSamePasswordIsFineForSomebodyWhoseNameItIsNot() {
        assertThat(AccountInput.check("bo@example.org", "zebediahwolfenbarger", "Bo").isValid()).isTrue();
        assertThat(AccountInput.check("bo@example.org", "zebediahwolfenbarger", "Zebediah Wolfenbarger").field()).isEqualTo("password");
        assertThat(AccountInput.check("z.wolfenbarger@example.org", "featherstonehaugh1987", "Zeb").isValid()).isTrue();
        assertThat(AccountInput.check("q.featherstonehaugh@example.org", "featherstonehaugh1987", "Q").field()).isEqualTo("password");
    }

    @Test
    void passwordsAndNamesHaveUpperLimits() {
        String twoHundred = (LONG_WORDS + " " + LONG_WORDS).substring(0, 200);
        assertThat(AccountInput.check("a@example.org", twoHundred, "A").isValid()).isTrue();
        Checked<AccountInput.NewAccount> tooLong = AccountInput.check("a@example.org", twoHundred + "x", "A");
        assertThat(tooLong.field()).isEqualTo("password");
        assertThat(tooLong.problem()).contains("at most 200");
        assertThat(AccountInput.check("a@example.org", GOOD, "n".repeat(100)).isValid()).isTrue();
        assertThat(AccountInput.check("a@example.org", GOOD, "n".repeat(101)).field()).isEqualTo("name");
    }

    @Test
    void aLongPasswordIsJudgedByItsFirstHundredCharacters() {
        assertThat(AccountInput.check("a@example.org", "a".repeat(100) + LONG_WORDS.substring(0, 100), "A").field())
                .isEqualTo("password");
        assertThat(AccountInput.check("a@example.org", LONG_WORDS.substring(0, 100) + "a".repeat(100), "A").isValid()).isTrue();
    }
}
