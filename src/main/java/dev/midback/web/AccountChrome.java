package dev.midback.web;

import dev.midback.account.Account;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What accounts mode changes on every page: the header says who is signed in (with a sign-out
 * button) or offers to sign in; the personal links show only to a signed-in person; and every
 * form that changes something carries the session's CSRF token as a hidden field.
 */
final class AccountChrome {

    private static final Pattern POST_FORM = Pattern.compile("<form method=\"post\"[^>]*>");
    private static final Pattern PERSONAL_LINK = Pattern.compile(
            "\\s*<li><a href=\"/(start|history|progress|reminders)\"[^<]*</a></li>");

    private AccountChrome() {
    }

    static String adapt(String html, Account account, String csrf) {
        String out = html;
        if (account == null) {
            out = PERSONAL_LINK.matcher(out).replaceAll("");
            out = out.replaceFirst("</nav>", Matcher.quoteReplacement("</nav>\n    <p class=\"account-bar\"><a href=\""
                    + Paths.SIGN_IN + "\">Sign in</a> <a href=\"" + Paths.SIGN_UP + "\">Create an account</a></p>"));
            return out;
        }
        String hidden = "<input type=\"hidden\" name=\"" + AccountHandlers.CSRF_FIELD + "\" value=\"" + escape(csrf) + "\">";
        out = POST_FORM.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group() + hidden));
        String bar = "</nav>\n    <form method=\"post\" action=\"" + Paths.SIGN_OUT + "\" class=\"account-bar\">" + hidden
                + "<span>" + escape(account.name()) + "</span> <button type=\"submit\">Sign out</button></form>";
        return out.replaceFirst("</nav>", Matcher.quoteReplacement(bar));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
