package dev.midback.journal;

import java.util.List;
import java.util.Optional;

/**
 * Whether pain is changing over the journal: the average pain before sessions in the first week
 * of entries against the latest week, and whether the drop is one that matters (2 points or 30%,
 * Farrar 2001).
 */
public record PainTrend(double firstWeek, double lastWeek) {

    private static final long WEEK_SECONDS = 7L * 24 * 3600;

    /** The trend, when the entries span more than a week. */
    public static Optional<PainTrend> of(List<JournalEntry> entries) {
        if (entries.size() < 2) {
            return Optional.empty();
        }
        var first = entries.get(0).at();
        var last = entries.get(entries.size() - 1).at();
        if (last.getEpochSecond() - first.getEpochSecond() < WEEK_SECONDS) {
            return Optional.empty();
        }
        double early = entries.stream().filter(e -> e.at().getEpochSecond() - first.getEpochSecond() < WEEK_SECONDS)
                .mapToInt(JournalEntry::painBefore).average().orElse(0);
        double late = entries.stream().filter(e -> last.getEpochSecond() - e.at().getEpochSecond() < WEEK_SECONDS)
                .mapToInt(JournalEntry::painBefore).average().orElse(0);
        return Optional.of(new PainTrend(early, late));
    }

    public double drop() {
        return firstWeek - lastWeek;
    }

    /** A drop of at least 2 points or at least 30% of where it started. */
    public boolean mattersClinically() {
        return isImportant(drop());
    }

    /** A rise of at least 2 points or at least 30% of where it started: worse in a way that matters. */
    public boolean risesClinically() {
        return isImportant(-drop());
    }

    private boolean isImportant(double change) {
        double slack = 1e-9;
        return change >= 2 - slack || firstWeek > 0 && change / firstWeek >= 0.3 - slack;
    }

    /** In plain words. */
    public String describe() {
        String change = String.format("Pain before sessions averaged %.1f in your first week and %.1f in your latest week", firstWeek, lastWeek);
        if (risesClinically()) {
            String percent = firstWeek == 0 ? "" : String.format(" (%.0f%%)", -100 * drop() / firstWeek);
            return change + String.format(": up %.1f points", -drop()) + percent + ", a rise large enough to matter. "
                    + "Go back to gentler exercises and see a healthcare professional.";
        }
        if (drop() <= 0) {
            return change + ": no drop yet. If it is not easing after a few weeks, see a healthcare professional.";
        }
        String amount = String.format(": down %.1f points (%.0f%%)", drop(), firstWeek == 0 ? 0 : 100 * drop() / firstWeek);
        return change + amount + (mattersClinically()
                ? ", a change large enough to matter (2 points or 30% is the usual mark)."
                : ", smaller than the 2 points or 30% that usually counts as a real change.");
    }
}
