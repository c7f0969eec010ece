package dev.midback.session;

import dev.midback.catalog.Coded;

/** What a cue asks of the person at that moment. */
public enum CueKind implements Coded {
    GET_READY, MOVE, HOLD, BREATHE_IN, BREATHE_OUT, SWITCH_SIDE, REST, DONE
}
