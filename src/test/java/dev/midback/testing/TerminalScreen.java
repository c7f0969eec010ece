package dev.midback.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A small terminal of a fixed width that understands what the session prints (carriage return,
 * line feed, erase to the end of the line or screen, cursor up, colours ignored), so a test can see
 * the screen a person would: every row as it stands, and whether anything ran past the last column.
 */
public final class TerminalScreen {

    private int width;
    private final List<StringBuilder> rows = new ArrayList<>();
    private int row;
    private int column;
    private int overflows;

    public TerminalScreen(int width) {
        this.width = width;
        rows.add(new StringBuilder());
    }

    /** Takes in what the program wrote; returns this screen. */
    public TerminalScreen feed(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\033') {
                i = control(output, i);
            } else if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                newLine();
            } else if (c >= ' ') {
                put(c);
            }
        }
        return this;
    }

    /** The rows, trailing spaces dropped, the empty rows at the end too. */
    public List<String> rows() {
        List<String> all = new ArrayList<>();
        for (StringBuilder r : rows) {
            all.add(r.toString().stripTrailing());
        }
        while (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
            all.remove(all.size() - 1);
        }
        return all;
    }

    /** The row the cursor is on. */
    public String currentRow() {
        return rows.get(row).toString().stripTrailing();
    }

    /**
     * The window is made narrower, and the terminal rewraps its rows as most do: a row longer than
     * the new width is split over several, and the cursor moves with its character.
     */
    public TerminalScreen narrow(int columns) {
        List<StringBuilder> rewrapped = new ArrayList<>();
        int cursorRow = 0;
        int cursorColumn = 0;
        for (int r = 0; r < rows.size(); r++) {
            String text = rows.get(r).toString();
            int first = rewrapped.size();
            for (int at = 0; at == 0 || at < text.length(); at += columns) {
                rewrapped.add(new StringBuilder(text.substring(at, Math.min(text.length(), at + columns))));
            }
            if (r == row) {
                int piece = Math.min(column / columns, rewrapped.size() - 1 - first);
                cursorRow = first + piece;
                cursorColumn = column - piece * columns;
            }
        }
        rows.clear();
        rows.addAll(rewrapped);
        row = cursorRow;
        column = cursorColumn;
        width = columns;
        return this;
    }

    /** How many characters were written past the last column, where a real terminal would have wrapped. */
    public int overflows() {
        return overflows;
    }

    private void put(char c) {
        if (column >= width) {
            overflows++;
            newLine();
        }
        StringBuilder r = rows.get(row);
        while (r.length() < column) {
            r.append(' ');
        }
        if (column < r.length()) {
            r.setCharAt(column, c);
        } else {
            r.append(c);
        }
        column++;
    }

    private void newLine() {
        row++;
        column = 0;
        if (row == rows.size()) {
            rows.add(new StringBuilder());
        }
    }

    /** Acts on one escape sequence starting at {@code at}; returns the index of its last character. */
    private int control(String s, int at) {
        int i = at + 1;
        if (i >= s.length() || s.charAt(i) != '[') {
            return Math.min(i, s.length() - 1);
        }
        int start = ++i;
        while (i < s.length() && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7e)) {
            i++;
        }
        if (i >= s.length()) {
            return s.length() - 1;
        }
        String parameter = s.substring(start, i);
        switch (s.charAt(i)) {
            case 'K' -> truncate(rows.get(row), column);
            case 'J' -> {
                truncate(rows.get(row), column);
                while (rows.size() > row + 1) {
                    rows.remove(rows.size() - 1);
                }
            }
            case 'A' -> row = Math.max(0, row - (parameter.isEmpty() ? 1 : Integer.parseInt(parameter)));
            default -> { }
        }
        return i;
    }

    private static void truncate(StringBuilder r, int column) {
        if (r.length() > column) {
            r.setLength(column);
        }
    }
}
