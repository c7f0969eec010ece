package dev.midback.session;

import java.util.List;
import java.util.Optional;

/** A routine as timed cues, one after another without gaps, from 0 to {@code totalSeconds}. */
public record Timeline(int totalSeconds, List<Cue> cues) {

    public Timeline {
        cues = List.copyOf(cues);
    }

    /** The cue running at this second of the routine (the last cue at the very end). */
    public Optional<Cue> at(int second) {
        return cues.stream().filter(c -> c.at() <= second && second < c.end()).findFirst()
                .or(() -> cues.isEmpty() ? Optional.empty() : Optional.of(cues.get(cues.size() - 1)));
    }
}
