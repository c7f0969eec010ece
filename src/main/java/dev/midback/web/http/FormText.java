package dev.midback.web.http;

import dev.midback.input.Checked;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reading of {@code application/x-www-form-urlencoded} text (form bodies and query
 * strings): a broken escape, bytes that are not UTF-8, or a NUL character is refused with the
 * field named, where the usual decoders quietly put in a replacement character. A replacement
 * character sent as it is (not escaped) is refused too: in an address it is what the server made
 * of bytes that were not UTF-8, and no form a browser sends holds one unescaped.
 */
public final class FormText {

    private FormText() {
    }

    public static Checked<Map<String, List<String>>> decode(String raw) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Checked.ok(fields);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decodePart(rawName);
            if (name == null) {
                return Checked.bad("body", "a field name is not valid UTF-8 text");
            }
            String value = decodePart(rawValue);
            if (value == null) {
                return Checked.bad(name, name + " is not valid UTF-8 text (or holds the NUL character)");
            }
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return Checked.ok(fields);
    }

    /**
     * One name or value, decoded; null when the escape is broken, the bytes are not UTF-8, it holds
     * NUL, or an unescaped replacement character.
     */
    static String decodePart(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\uFFFD') {
                return null;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int hi = Character.digit(part.charAt(i + 1), 16);
                int lo = Character.digit(part.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < part.length()) {
                    encoded = part.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        String text = strictUtf8(bytes.toByteArray());
        return text == null || text.indexOf('\0') >= 0 ? null : text;
    }

    /** Bytes as UTF-8 text, or null when they are not valid UTF-8. */
    public static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
