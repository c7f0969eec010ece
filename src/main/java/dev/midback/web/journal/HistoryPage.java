package dev.midback.web.journal;

import dev.midback.web.view.PainText;
import java.util.List;

/**
 * One page of the sessions in the journal at {@code /history?page=N}, newest first, with a message
 * after a change, how many sessions there are in all, and links to the newer and older pages (null
 * on the first and last).
 */
public record HistoryPage(String notice, String message, List<Entry> entries, int total, int page, int pages,
                          String newerUrl, String olderUrl) {

    /** Sessions on a full page. */
    public int perPage() {
        return HistoryPages.PAGE_SIZE;
    }

    /**
     * One session as the history lists it. {@code dateInRange} is false for a session an older
     * version stored with a date no session can have: it is shown so that it can be deleted, with
     * no edit link.
     */
    public record Entry(String id, String anchor, String when, int painBefore, Integer painAfter, Integer stiffness,
                        List<String> done, List<String> skipped, boolean stoppedForPain, String notes, String editUrl,
                        String deleteUrl, boolean highlighted, boolean dateInRange) {

        /** How pain changed over the session, in words; empty when the pain after is not known. */
        public String change() {
            return painAfter == null ? "" : PainText.change(painAfter - painBefore);
        }
    }
}
