package dev.midback.journal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * Whether pain is changing over the journal: the average pain before sessions in the first week
 * of entries against the latest week, and whether the drop is one that matters (2 points or 30%,
 * Farrar 2001).
 */
public record PainTrend(double firstWeek, double lastWeek) {

    private static final long WEEK_SECONDS = 7L * 24 * 3600;

    /** The trend of entries listed oldest first, when they span more than a week. */
    public static Optional<PainTrend> of(List<JournalEntry> entries) {
        Tally tally = new Tally();
        entries.forEach(e -> tally.add(e.at(), e.painBefore()));
        return tally.trend();
    }

    /**
     * The trend worked out from entries handed over one by one, oldest first: it keeps the sums of
     * the first week and only the entries of the latest week, never the whole journal.
     */
    public static final class Tally {

        private long first;
        private long last;
        private boolean any;
        private long earlySum;
        private int earlyCount;
        private long lateSum;
        private final ArrayDeque<long[]> lateWeek = new ArrayDeque<>();

        /** One more entry, no older than the one before. */
        public void add(Instant at, int painBefore) {
            long second = at.getEpochSecond();
            if (!any) {
                any = true;
                first = second;
            }
            last = second;
            if (second - first < WEEK_SECONDS) {
                earlySum += painBefore;
                earlyCount++;
            }
            lateWeek.addLast(new long[] {second, painBefore});
            lateSum += painBefore;
            while (second - lateWeek.getFirst()[0] >= WEEK_SECONDS) {
                lateSum -= lateWeek.removeFirst()[1];
            }
        }

        /** The trend so far, when the entries span more than a week. */
        public Optional<PainTrend> trend() {
            if (!any || last - first < WEEK_SECONDS) {
                return Optional.empty();
            }
            return Optional.of(new PainTrend((double) earlySum / earlyCount, (double) lateSum / lateWeek.size()));
        }
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
