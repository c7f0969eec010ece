package dev.midback.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A timeline in the JSON shape of the API: {@code { totalSeconds, cues: [ { at, seconds, kind, exerciseId, side, text, figure: { from, to } } ] }}. */
public final class TimelineDocument {

    private TimelineDocument() {
    }

    public static Map<String, Object> of(Timeline timeline) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("totalSeconds", timeline.totalSeconds());
        List<Map<String, Object>> cues = timeline.cues().stream().map(c -> {
            Map<String, Object> cue = new LinkedHashMap<>();
            cue.put("at", c.at());
            cue.put("seconds", c.seconds());
            cue.put("kind", c.kind().id());
            cue.put("exerciseId", c.exerciseId());
            cue.put("side", c.side());
            cue.put("text", c.text());
            if (c.figure() != null) {
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("from", c.figure().from());
                figure.put("to", c.figure().to());
                cue.put("figure", figure);
            }
            return cue;
        }).toList();
        doc.put("cues", cues);
        return doc;
    }
}
