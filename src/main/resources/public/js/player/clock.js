// The session's clock: one start time, shifted by pauses and jumps, so every cue keeps its
// deadline and a tab that slept catches up at once. `now` is any function giving milliseconds.

export class SessionClock {
  constructor(now) {
    this.now = now;
    this.startedAt = 0;
    this.pausedAt = null;
    this.running = false;
  }

  start() {
    this.startedAt = this.now();
    this.pausedAt = null;
    this.running = true;
  }

  /** Milliseconds of the routine played so far; frozen while paused. */
  elapsed() {
    return (this.pausedAt ?? this.now()) - this.startedAt;
  }

  isPaused() {
    return this.pausedAt !== null;
  }

  pause() {
    if (this.pausedAt === null) {
      this.pausedAt = this.now();
    }
  }

  /** Goes on from where it was paused: the pause shifts the start, so the cues keep their spacing. */
  resume() {
    if (this.pausedAt !== null) {
      this.startedAt += this.now() - this.pausedAt;
      this.pausedAt = null;
    }
  }

  /** Sets the elapsed time to a point of the routine, keeping a pause if paused. */
  jumpTo(elapsedMs) {
    this.startedAt = (this.pausedAt ?? this.now()) - elapsedMs;
  }
}
