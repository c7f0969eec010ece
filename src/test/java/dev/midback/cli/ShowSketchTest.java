package dev.midback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code midback show}: a sketch of the figure under the exercise's name, so the pose is seen, not only read. */
class ShowSketchTest {

    @ParameterizedTest
    @ValueSource(ints = {40, 100})
    void catCowShowsTheCatAndTheCowSideBySideWithinTheWidth(int width) {
        CliRun run = CliRun.withEnv(Map.of("COLUMNS", Integer.toString(width)), "show", "cat-cow");
        assertThat(run.exitCode()).isZero();
        List<String> sketch = sketch(run.out());
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        List<String> drawn = sketch.stream().filter(ShowSketchTest::hasBraille).toList();
        String names = sketch.stream().filter(line -> line.contains("cat")).findFirst().orElseThrow();
        assertThat(names).contains("cow");
        int gap = gapBetweenFrames(drawn);
        assertThat(gap).as("a blank gap splits the two frames").isPositive();
        assertThat(names.indexOf("cat")).isLessThan(gap);
        assertThat(names.indexOf("cow")).isGreaterThan(gap);
        assertThat(drawn).anySatisfy(line -> assertThat(hasBraille(line.substring(0, gap))).isTrue());
        assertThat(drawn).anySatisfy(line -> assertThat(hasBraille(line.substring(gap))).isTrue());
        assertThat(drawn.size()).as("at most ten lines high").isBetween(3, 10);
        if (width == 100) {
            assertThat(drawn).allSatisfy(line -> assertThat(line.substring(0, gap).strip().length()).isLessThanOrEqualTo(24));
        }
        assertThat(run.out().indexOf("cow")).as("the sketch comes before the steps").isLessThan(run.out().indexOf("Steps"));
    }

    @Test
    void threeFramesTooWideForFortyColumnsStandOneAboveTheOther() {
        CliRun run = CliRun.withEnv(Map.of("COLUMNS", "40"), "show", "prone-neck-turn-series");
        List<String> sketch = sketch(run.out());
        assertThat(sketch).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        int first = indexOf(sketch, "resting, chin on the mat");
        int second = indexOf(sketch, "head and chest lifted");
        int third = indexOf(sketch, "head lowered and turned");
        assertThat(first).isLessThan(second).isLessThan(third);
        assertThat(sketch.subList(0, first)).anyMatch(ShowSketchTest::hasBraille);
        assertThat(sketch.subList(first, second)).anyMatch(ShowSketchTest::hasBraille);
        assertThat(sketch.subList(second, third)).anyMatch(ShowSketchTest::hasBraille);
    }

    @Test
    void withoutBrailleTheSketchIsPlainAscii() {
        for (CliRun run : List.of(CliRun.withEnv(Map.of("COLUMNS", "80"), "show", "pull-up", "--ascii"),
                CliRun.withEnv(Map.of("COLUMNS", "80", "TERM", "dumb"), "show", "pull-up"))) {
            List<String> sketch = sketch(run.out());
            assertThat(String.join("\n", sketch)).contains("#", "hanging, arms straight", "chin over the bar");
            assertThat(sketch).allSatisfy(line -> assertThat(StandardCharsets.US_ASCII.newEncoder().canEncode(line))
                    .as(line).isTrue());
        }
    }

    @Test
    void theSketchIsBrailleOnlyWhereTheOutputIsUtf8AndTheTerminalIsNotDumb() {
        Map<String, String> terminal = Map.of("TERM", "xterm-256color");
        assertThat(SketchStyle.forOutput(false, StandardCharsets.UTF_8, terminal)).isEqualTo(SketchStyle.BRAILLE);
        assertThat(SketchStyle.forOutput(false, StandardCharsets.US_ASCII, terminal)).isEqualTo(SketchStyle.ASCII);
        assertThat(SketchStyle.forOutput(false, StandardCharsets.ISO_8859_1, terminal)).isEqualTo(SketchStyle.ASCII);
        assertThat(SketchStyle.forOutput(false, StandardCharsets.UTF_8, Map.of("TERM", "dumb"))).isEqualTo(SketchStyle.ASCII);
        assertThat(SketchStyle.forOutput(true, StandardCharsets.UTF_8, terminal)).isEqualTo(SketchStyle.ASCII);
    }

    @Test
    void noFigureLeavesTheSketchOut() {
        CliRun run = CliRun.of("show", "cat-cow", "--no-figure");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("Also called:");
        assertThat(run.out()).doesNotContainPattern("[\u2801-\u28ff#]");
    }

    /** The lines between the name and the first line of words, which is not indented. */
    private static List<String> sketch(String out) {
        List<String> lines = out.lines().toList();
        int start = 1;
        while (start < lines.size() && !lines.get(start).isBlank()) {
            start++; // a long name wraps onto more than one line
        }
        int end = start;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" "))) {
            end++;
        }
        return lines.subList(start, end);
    }

    private static boolean hasBraille(String line) {
        return line.chars().anyMatch(c -> c > 0x2800 && c <= 0x28ff);
    }

    /** The first column, past the indent, where every line is blank for three columns with drawing on both sides. */
    private static int gapBetweenFrames(List<String> lines) {
        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        for (int c = 3; c < widest - 3; c++) {
            int column = c;
            boolean blank = lines.stream().allMatch(line -> (line + "   ".repeat(2)).substring(column, column + 3).isBlank());
            boolean left = lines.stream().anyMatch(line -> hasBraille(line.substring(0, Math.min(column, line.length()))));
            boolean right = lines.stream().anyMatch(line -> line.length() > column + 3 && hasBraille(line.substring(column + 3)));
            if (blank && left && right) {
                return column;
            }
        }
        return -1;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line says '" + text + "' in\n" + String.join("\n", lines));
    }
}
