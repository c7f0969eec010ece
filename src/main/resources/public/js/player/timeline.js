// The pure part of the guided session: which cue is current, how long is left, and where the
// figure is. Times are in milliseconds from the start of the routine; nothing here reads a clock.

const WORK = new Set(["breathe-in", "breathe-out", "hold"]);

/** The cue under an elapsed time (ms), as an index; cues.length once the session is over. */
export function cueIndexAt(cues, elapsedMs) {
  for (let i = 0; i < cues.length; i++) {
    if (elapsedMs < (cues[i].at + cues[i].seconds) * 1000) {
      return i;
    }
  }
  return cues.length;
}

/** The indexes where each exercise begins, in order. */
export function exerciseStarts(cues) {
  const starts = [];
  cues.forEach((cue, i) => {
    if (cue.exerciseId && (i === 0 || cues[i - 1].exerciseId !== cue.exerciseId)) {
      starts.push(i);
    }
  });
  return starts;
}

/** Whether a cue is part of the work of a set (breathing through a hold or repetitions), not getting ready or resting. */
export function isWork(cue) {
  return Boolean(cue) && WORK.has(cue.kind);
}

/**
 * The stretch of time the big countdown counts down: the whole set (or hold) a work cue belongs
 * to, on one side of one exercise; any other cue on its own. In seconds: { at, end, work }.
 */
export function partAround(cues, index) {
  const cue = cues[index];
  if (!isWork(cue)) {
    return { at: cue.at, end: cue.at + cue.seconds, work: false };
  }
  const same = (other) => isWork(other) && other.exerciseId === cue.exerciseId && other.side === cue.side;
  let first = index;
  while (first > 0 && same(cues[first - 1])) {
    first--;
  }
  let last = index;
  while (last < cues.length - 1 && same(cues[last + 1])) {
    last++;
  }
  return { at: cues[first].at, end: cues[last].at + cues[last].seconds, work: true };
}

/** Whole seconds left until a time in seconds, never below zero. */
export function secondsLeft(endSeconds, elapsedMs) {
  return Math.max(0, Math.ceil(endSeconds - elapsedMs / 1000));
}

/** A number of seconds as minutes and seconds: 75 is "1:15". */
export function clockText(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Slow at both ends, like a body moving: 0 to 1 for a fraction 0 to 1 of the way. */
export function ease(fraction) {
  const t = Math.min(1, Math.max(0, fraction));
  return (1 - Math.cos(Math.PI * t)) / 2;
}

/**
 * Where the figure is during a cue at an elapsed time: moving from key frame `from` to `to`, a
 * fraction `progress` of the way (eased), or still in one frame. Null when the cue has no figure.
 */
export function figureAt(cue, elapsedMs) {
  if (!cue || !cue.figure) {
    return null;
  }
  const { from, to } = cue.figure;
  if (from === to || cue.seconds <= 0) {
    return { from, to, progress: 1 };
  }
  return { from, to, progress: ease((elapsedMs / 1000 - cue.at) / cue.seconds) };
}

/** How big the breath pacer is: it swells through a breath in, shrinks through a breath out, rests small otherwise (0 to 1). */
export function breathSize(cue, elapsedMs) {
  if (!cue || cue.seconds <= 0) {
    return 0;
  }
  const fraction = ease((elapsedMs / 1000 - cue.at) / cue.seconds);
  if (cue.kind === "breathe-in") {
    return fraction;
  }
  if (cue.kind === "breathe-out") {
    return 1 - fraction;
  }
  return 0;
}

/** Every movement of a figure the timeline asks for, once each: [{ exerciseId, from, to }]. */
export function motionsOf(cues) {
  const seen = new Map();
  for (const cue of cues) {
    if (cue.exerciseId && cue.figure) {
      const key = `${cue.exerciseId}/${cue.figure.from}/${cue.figure.to}`;
      if (!seen.has(key)) {
        seen.set(key, { exerciseId: cue.exerciseId, from: cue.figure.from, to: cue.figure.to });
      }
    }
  }
  return [...seen.values()];
}

/** The address of the picture of a figure's movement. */
export function motionUrl(exerciseId, from, to) {
  return `/exercises/${encodeURIComponent(exerciseId)}/motion.svg?from=${from}&to=${to}`;
}

/** The first cue of the exercise after the one at an index, or undefined at the end. */
export function nextExerciseStart(cues, index) {
  const id = cues[index] ? cues[index].exerciseId : undefined;
  return exerciseStarts(cues).find((s) => s > index && cues[s].exerciseId !== id);
}
