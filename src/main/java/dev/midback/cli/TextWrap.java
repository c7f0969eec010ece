package dev.midback.cli;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for terminal output. */
final class TextWrap {

    private TextWrap() {
    }

    /** The text broken into lines of at most {@code width} characters; a longer word stands alone. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text wrapped to {@code width}, its first line after {@code first}, the others indented to match. */
    static String hanging(String first, String text, int width) {
        String indent = " ".repeat(first.length());
        List<String> lines = lines(text, Math.max(10, width - first.length()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? first : indent).append(lines.get(i)).append('\n');
        }
        return out.toString();
    }
}
