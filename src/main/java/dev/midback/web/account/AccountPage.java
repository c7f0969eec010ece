package dev.midback.web.account;

import dev.midback.web.view.FieldErrors;

/**
 * The sign-in or sign-up form: what was typed (never the password), the field at fault with its
 * message, if any, and the page to go on to once signed in.
 */
public record AccountPage(String notice, String email, String name, String errorField, String error, String message,
                          String next) implements FieldErrors {
}
