package dev.midback.web.journal;

import dev.midback.input.Checked;
import io.javalin.http.Context;
import java.util.List;

/** A whole number given in the address ({@code ?page=3}, {@code ?limit=50}), checked for kind and range. */
final class QueryNumber {

    private QueryNumber() {
    }

    /** The number, {@code otherwise} when it is not given, or the parameter named as the field at fault. */
    static Checked<Integer> read(Context ctx, String name, int otherwise, int min, int max) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return Checked.ok(otherwise);
        }
        String problem = name + " must be a whole number from " + min + " to " + max;
        if (values.size() > 1) {
            return Checked.bad(name, problem + ", given once");
        }
        String text = values.get(0);
        if (!text.matches("[0-9]{1,9}")) {
            return Checked.bad(name, problem + ", not '" + (text.length() > 24 ? text.substring(0, 24) + "..." : text) + "'");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            return Checked.bad(name, problem + ", not " + value);
        }
        return Checked.ok(value);
    }
}
