package dev.midback.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sign-up input is checked field by field, naming the field at fault. */
class AccountInputTest {

    @Test
    void goodInputIsKeptWithTheEmailLowerCasedAndTheNameTrimmed() {
        AccountInput.Checked checked = AccountInput.check(" Ana@Example.ORG ", "twelve chars", "  Ana  ");
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.email()).isEqualTo("ana@example.org");
        assertThat(checked.name()).isEqualTo("Ana");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL|twelve chars|Ana|email",
            "ana|twelve chars|Ana|email",
            "ana@example|twelve chars|Ana|email",
            "a b@example.org|twelve chars|Ana|email",
            "ana@example.org|eleven char|Ana|password",
            "ana@example.org|NULL|Ana|password",
            "ana@example.org|twelve chars|'   '|name",
    })
    void badInputNamesTheField(String email, String password, String name, String field) {
        assertThat(AccountInput.check(email, password, name).field()).isEqualTo(field);
    }

    @Test
    void passwordsAndNamesHaveUpperLimits() {
        assertThat(AccountInput.check("a@example.org", "x".repeat(200), "A").isValid()).isTrue();
        assertThat(AccountInput.check("a@example.org", "x".repeat(201), "A").field()).isEqualTo("password");
        assertThat(AccountInput.check("a@example.org", "x".repeat(12), "n".repeat(100)).isValid()).isTrue();
        assertThat(AccountInput.check("a@example.org", "x".repeat(12), "n".repeat(101)).field()).isEqualTo("name");
    }
}
