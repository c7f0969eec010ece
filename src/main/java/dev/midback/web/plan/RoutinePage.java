package dev.midback.web.plan;

import dev.midback.web.view.Link;
import java.util.List;

/**
 * A planned routine, as stored, at {@code /plans/{id}}: the verdict, advice, and each item with
 * its reason and swaps; or the advice to stop when the screening says so. {@code playUrl} is the
 * player of the stored plan and {@code handoutUrl} its printable handout (A4, and
 * {@code handoutLetterUrl} on US Letter), null when nothing was stored.
 */
public record RoutinePage(String notice, String verdict, boolean stopped, boolean urgent, List<String> advice,
                          String total, List<Item> items, String command, String changeUrl,
                          String weekDays, List<Break> deskBreaks, String playUrl, String handoutUrl,
                          String handoutLetterUrl) {

    /** A short break to take at a desk. */
    public record Break(String name, String when, String text) {
    }

    /**
     * One exercise of the routine: its key caution for this person (null when none), and what it
     * can be swapped for, or why nothing can (null when something can, or for a plan kept before
     * swaps were planned).
     */
    public record Item(int number, String name, String url, String figureUrl, String phase, String dose, String time,
                       String reason, String keyCaution, List<Link> alternatives, String noSwapReason) {
    }
}
