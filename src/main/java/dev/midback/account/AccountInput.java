package dev.midback.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import dev.midback.input.Checked;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what a person types to sign up, naming the field at fault. */
public final class AccountInput {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    /** The strength estimate needed: 3 of 0 to 4, "safely unguessable" for an attacker online. */
    public static final int MIN_STRENGTH = 3;
    /**
     * How much of a password the strength estimate reads: its cost grows fast with length, and a
     * password whose first 100 characters are hard to guess is hard to guess.
     */
    static final int MEASURED = 100;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s._+@-]+");
    private static final String USER_INPUTS = "user_inputs";

    private AccountInput() {
    }

    /** A sign-up as checked: the email lower-cased, the name trimmed, the password as given. */
    public record NewAccount(String email, String password, String name) {
        @Override
        public String toString() {
            return "NewAccount[email=" + email + ", name=" + name + "]";
        }
    }

    /**
     * Checks a sign-up field by field (email, name, then password, whose strength is judged
     * against the other two). The strength estimate costs a few milliseconds of processor time.
     */
    public static Checked<NewAccount> check(String email, String password, String name) {
        String mail = normalEmail(email);
        if (mail.isEmpty()) {
            return Checked.bad("email", "email is needed");
        }
        if (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches()) {
            return Checked.bad("email", "email must look like name@example.org");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return Checked.bad("name", "name is needed");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            return Checked.bad("name", "name must have at most " + MAX_NAME + " characters");
        }
        if (password == null || password.isEmpty()) {
            return Checked.bad("password", "password is needed");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            return Checked.bad("password", "password must have at least " + MIN_PASSWORD + " characters");
        }
        if (length > MAX_PASSWORD) {
            return Checked.bad("password", "password must have at most " + MAX_PASSWORD + " characters");
        }
        String weakness = weakness(password, mail, trimmed);
        if (weakness != null) {
            return Checked.bad("password", weakness);
        }
        return Checked.ok(new NewAccount(mail, password, trimmed));
    }

    /** The email as it is kept and compared: trimmed and lower-cased. */
    public static String normalEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the password is too easy to guess, for this person, or null when it is hard enough. */
    private static String weakness(String password, String email, String name) {
        String measured = password.codePointCount(0, password.length()) <= MEASURED ? password
                : password.substring(0, password.offsetByCodePoints(0, MEASURED));
        Strength strength = Estimator.ZXCVBN.measure(measured, personal(email, name));
        if (strength.getScore() >= MIN_STRENGTH) {
            return null;
        }
        return usesPersonalWords(strength.getSequence())
                ? "password is too easy to guess: it uses your name or email. Pick a few unrelated words instead, "
                        + "like four words chosen at random"
                : "password is too easy to guess: it is a common password, word or pattern. Pick a few unrelated words "
                        + "instead, like four words chosen at random";
    }

    private static boolean usesPersonalWords(List<Match> matches) {
        for (Match match : matches) {
            if (USER_INPUTS.equals(match.dictionaryName) || match.baseMatches != null && usesPersonalWords(match.baseMatches)) {
                return true;
            }
        }
        return false;
    }

    /** What an attacker who knows the person would try first: their email, its parts and their name, also run together. */
    private static List<String> personal(String email, String name) {
        Set<String> words = new LinkedHashSet<>();
        words.add(email);
        words.add(email.substring(0, email.indexOf('@')));
        words.add(name.toLowerCase(Locale.ROOT));
        words.add(WORD_BREAK.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(""));
        words.add(WORD_BREAK.matcher(email.substring(0, email.indexOf('@'))).replaceAll(""));
        words.add("midback");
        for (String text : List.of(email, name.toLowerCase(Locale.ROOT))) {
            for (String part : WORD_BREAK.split(text)) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** The strength estimator, loaded (its dictionaries take a moment) when first needed. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
