package dev.midback.web.journal;

import dev.midback.web.view.PainText;
import java.util.List;

/** Every session in the journal at {@code /history}, newest first, with a message after a change. */
public record HistoryPage(String notice, String message, List<Entry> entries) {

    /** One session as the history lists it. */
    public record Entry(String id, String anchor, String when, int painBefore, Integer painAfter, Integer stiffness,
                        List<String> done, List<String> skipped, boolean stoppedForPain, String notes, String editUrl,
                        String deleteUrl, boolean highlighted) {

        /** How pain changed over the session, in words; empty when the pain after is not known. */
        public String change() {
            return painAfter == null ? "" : PainText.change(painAfter - painBefore);
        }
    }
}
