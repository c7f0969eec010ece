package dev.midback.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks what a person types to sign up, naming the field at fault. */
public final class AccountInput {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountInput() {
    }

    /** What was given, checked: either the values (email lower-cased, name trimmed) or the field and what is wrong. */
    public record Checked(String email, String password, String name, String field, String problem) {
        public boolean isValid() {
            return field == null;
        }

        static Checked bad(String field, String problem) {
            return new Checked(null, null, null, field, problem);
        }
    }

    public static Checked check(String email, String password, String name) {
        String mail = normalEmail(email);
        if (mail.isEmpty()) {
            return Checked.bad("email", "email is needed");
        }
        if (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches()) {
            return Checked.bad("email", "email must look like name@example.org");
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
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return Checked.bad("name", "name is needed");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            return Checked.bad("name", "name must have at most " + MAX_NAME + " characters");
        }
        return new Checked(mail, password, trimmed, null, null);
    }

    /** The email as it is kept and compared: trimmed and lower-cased. */
    public static String normalEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
