// The guided session at /play/{planId}: plays the plan's timeline with countdowns for the set and
// the whole, spoken cues, a figure that moves with the body and a breath pacer, and records the
// session in the journal at the end. The parts live in ./player/: the timeline and its clock, the
// journal queue, the voice, the figure; this file is the page.
//
// Timing rule: every cue has an absolute deadline measured from one start time. Each tick reads
// the clock and works out which cue is current from the elapsed time, so nothing drifts, and a tab
// that was in the background jumps straight to the right cue.

import { SessionClock } from "./player/clock.js";
import { enqueue, flushJournal as flushQueue, newId } from "./player/journal-queue.js";
import {
  breathSize, clockText, cueIndexAt, exerciseStarts, figureAt, motionUrl, motionsOf, nextExerciseStart, partAround,
  secondsLeft,
} from "./player/timeline.js";
import { FigureView } from "./player/figure-view.js";
import { toneOf, Voice } from "./player/voice.js";

export { cueIndexAt, exerciseStarts } from "./player/timeline.js";

const MUTE_KEY = "midback.player.muted";
const CACHE = "midback-v2";
const FIGURE_STEP_MS = 120;

function csrfToken() {
  const field = document.querySelector('input[name="csrf"]');
  return field ? field.value : null;
}

/** Sends the entries waiting on this device to the journal. */
export function flushJournal() {
  return flushQueue({ fetch: (...args) => fetch(...args), storage: localStorage, csrfToken: csrfToken() });
}

/** List items holding these texts. */
function listItems(texts) {
  return texts.map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  });
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.text();
}

class Player {
  constructor(root) {
    this.root = root;
    this.planId = root.dataset.planId;
    this.el = (id) => document.getElementById(id);
    this.clock = new SessionClock(() => performance.now());
    this.voice = new Voice(() => this.el("mute").checked);
    this.figure = new FigureView(this.el("figure"), fetchText);
    this.cues = [];
    this.docs = new Map();
    this.items = new Map();
    this.index = -1;
    this.timer = null;
    this.frameTimer = null;
    this.done = new Set();
    this.skipped = new Set();
    this.log = [];
    this.finished = false;
    this.stoppedForPain = false;
    this.painBefore = null;
    this.wakeLock = null;
    this.entryId = null;
  }

  elapsed() {
    return this.clock.elapsed();
  }

  /** The moment the session was paused or ended (performance.now()), or null while it plays. */
  get pausedAt() {
    return this.clock.pausedAt;
  }

  async load() {
    const [timeline, plan] = await Promise.all([
      fetchJson(`/api/plans/${encodeURIComponent(this.planId)}/timeline`),
      fetchJson(`/api/plans/${encodeURIComponent(this.planId)}`).catch(() => ({ items: [] })),
    ]);
    (plan.items || []).forEach((item) => this.items.set(item.exerciseId, item));
    this.total = timeline.totalSeconds;
    this.setCues(timeline.cues);
    await Promise.all(this.exercises.map((id) => this.loadExercise(id)));
    this.figure.preload(motionsOf(this.cues));
  }

  async loadExercise(id) {
    try {
      this.docs.set(id, await fetchJson(`/api/exercises/${encodeURIComponent(id)}`));
    } catch {
      this.docs.set(id, { id, name: id, steps: [], cautions: [] });
    }
  }

  setCues(cues) {
    this.cues = cues;
    this.exercises = [...new Set(cues.map((c) => c.exerciseId).filter(Boolean))];
    this.lastIndex = new Map();
    cues.forEach((c, i) => c.exerciseId && this.lastIndex.set(c.exerciseId, i));
  }

  name(id) {
    return (this.docs.get(id) || {}).name || id;
  }

  begin(painBefore) {
    this.painBefore = painBefore;
    this.el("before").hidden = true;
    this.el("run").hidden = false;
    document.body.classList.add("playing");
    this.voice.start();
    this.keepAwake();
    this.clock.start();
    this.tick();
    this.el("run").scrollIntoView({ block: "start" });
    this.el("pause").focus({ preventScroll: true });
  }

  /** Reads the clock, shows the cue that is current now, and sets the next tick. */
  tick() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.finished) {
      return;
    }
    const elapsed = this.elapsed();
    const index = cueIndexAt(this.cues, elapsed);
    if (index !== this.index) {
      this.passTo(index, elapsed, false);
      if (this.finished) {
        return;
      }
    }
    const cue = this.cues[index];
    const part = partAround(this.cues, index);
    this.el("countdown").textContent = String(secondsLeft(part.end, elapsed));
    this.el("time-left").textContent = clockText(secondsLeft(this.total, elapsed));
    this.el("progress").value = Math.min(100, (elapsed / (this.total * 1000)) * 100);
    this.animate();
    if (this.clock.isPaused()) {
      return;
    }
    // wake at the next whole second of the countdown or at the cue's deadline, whichever is first
    const left = (cue.at + cue.seconds) * 1000 - elapsed;
    const toSecond = left % 1000 || 1000;
    this.timer = setTimeout(() => this.tick(), Math.max(1, Math.min(toSecond, left)));
  }

  /**
   * Moves the figure and the breath pacer with the clock. The figure changes step only when the
   * body has moved on, a few times a second while it moves and never while it is still; the pacer
   * glides by itself to where the breath ends.
   */
  animate() {
    clearTimeout(this.frameTimer);
    const cue = this.cues[this.index];
    if (!cue || this.finished) {
      return;
    }
    const elapsed = this.elapsed();
    const where = figureAt(cue, elapsed);
    this.figure.show(cue.exerciseId, where, cue.side);
    const paced = `${this.index}:${this.clock.isPaused()}:${this.clock.startedAt}`;
    if (paced !== this.paced) {
      this.paced = paced;
      this.pace(cue, elapsed);
    }
    if (!this.clock.isPaused() && where && where.progress < 1) {
      this.frameTimer = setTimeout(() => this.animate(), FIGURE_STEP_MS);
    }
  }

  /** Sets the pacer to its size now and lets it glide to its size at the end of the cue (or stops it there when paused). */
  pace(cue, elapsed) {
    const ring = this.el("pacer-ring");
    const scale = (size) => `scale(${(0.45 + 0.55 * size).toFixed(3)})`;
    ring.style.transition = "none";
    ring.style.transform = scale(breathSize(cue, elapsed));
    const left = cue.at + cue.seconds - elapsed / 1000;
    if (!this.clock.isPaused() && left > 0) {
      void ring.offsetWidth; // apply the size now before gliding from it
      ring.style.transition = `transform ${left.toFixed(2)}s ease-in-out`;
      ring.style.transform = scale(breathSize(cue, (cue.at + cue.seconds) * 1000));
    }
  }

  /** Moves to a cue; exercises passed by playing (not by a jump) count as done. */
  passTo(index, elapsed, jumped) {
    const from = this.index;
    if (!jumped && from >= 0) {
      for (const [id, last] of this.lastIndex) {
        if (last >= from && last < index && !this.skipped.has(id)) {
          this.done.add(id);
        }
      }
    }
    this.index = index;
    if (index >= this.cues.length) {
      // the closing cue lasts no time: it is shown as the session ends
      const last = this.cues.length - 1;
      const closing = last >= 0 && this.cues[last].seconds === 0 ? this.cues[last] : null;
      if (closing) {
        this.log.push({ index: last, at: closing.at, elapsedMs: elapsed, jumped });
      }
      this.finish(closing ? closing.text : "Well done, the session is over.");
      return;
    }
    const cue = this.cues[index];
    this.log.push({ index, at: cue.at, elapsedMs: elapsed, jumped });
    this.show(cue, index);
    this.announce(cue);
  }

  show(cue, index) {
    const id = cue.exerciseId;
    this.el("current-name").textContent = id ? this.name(id) : "Get ready";
    this.el("current-side").textContent = cue.side ? `${cue.side} side` : "";
    this.el("current-side").hidden = !cue.side;
    // the caution of a move is shown highlighted below, so the line above it keeps to how to start
    this.el("cue-text").textContent = cue.kind === "move" ? cue.text.split(" Take care: ")[0] : cue.text;
    this.el("breath-word").textContent = cue.kind === "breathe-in" ? "Breathe in" : cue.kind === "breathe-out" ? "Breathe out" : "";
    const part = partAround(this.cues, index);
    this.el("countdown-label").textContent = part.work ? (cue.side ? `s left on the ${cue.side}` : "s left in this set")
      : cue.kind === "move" ? "s to get ready" : cue.kind === "switch-side" ? "s to switch sides" : "s of rest";
    const nextStart = nextExerciseStart(this.cues, index);
    this.el("next-name").textContent = nextStart === undefined ? "the end" : this.name(this.cues[nextStart].exerciseId);
    this.el("how").disabled = !id;
    this.showSetup(cue);
    this.showSwap(id);
  }

  /** While getting into position: the first steps and the caution that matters most. */
  showSetup(cue) {
    const setup = this.el("setup");
    const moving = cue.kind === "move" && Boolean(cue.exerciseId);
    this.el("run").classList.toggle("is-moving", moving);
    if (!moving) {
      setup.hidden = true;
      this.el("setup-caution").hidden = true;
      return;
    }
    const doc = this.docs.get(cue.exerciseId) || {};
    const steps = (doc.steps || []).slice(0, 3);
    this.el("setup-steps").replaceChildren(...listItems(steps));
    const caution = (this.items.get(cue.exerciseId) || {}).keyCaution;
    this.el("setup-caution").textContent = caution ? `Take care: ${caution}` : "";
    this.el("setup-caution").hidden = !caution;
    setup.hidden = steps.length === 0;
  }

  /** Swap is offered when the plan lists another exercise for this one; otherwise it says why not. */
  showSwap(id) {
    const item = id ? this.items.get(id) : null;
    const swaps = item && Array.isArray(item.swaps) ? item.swaps : null;
    const none = !id || this.finished || (swaps !== null && swaps.length === 0);
    const button = this.el("swap");
    button.disabled = none;
    const note = this.el("swap-note");
    if (none && id) {
      note.textContent = (item && item.noSwapReason) || "Nothing else fits in the place of this exercise.";
      note.hidden = false;
    } else {
      note.textContent = "";
      note.hidden = true;
    }
  }

  announce(cue) {
    const who = cue.exerciseId ? `${this.name(cue.exerciseId)}${cue.side ? `, ${cue.side} side` : ""}: ` : "";
    this.el("announce").textContent = `${who}${cue.text}`;
    this.voice.say(cue.text);
    this.voice.tone(toneOf(cue.kind));
  }

  async keepAwake() {
    if (!("wakeLock" in navigator) || this.finished) {
      return;
    }
    try {
      this.wakeLock = await navigator.wakeLock.request("screen");
    } catch {
      this.wakeLock = null;
    }
  }

  releaseWake() {
    if (this.wakeLock) {
      this.wakeLock.release().catch(() => {});
      this.wakeLock = null;
    }
  }

  togglePause() {
    if (this.finished || this.el("run").hidden) {
      return;
    }
    const pause = this.el("pause");
    if (!this.clock.isPaused()) {
      this.clock.pause();
      clearTimeout(this.timer);
      clearTimeout(this.frameTimer);
      pause.textContent = "Resume";
      pause.setAttribute("aria-pressed", "true");
      this.el("run").classList.add("is-paused");
      this.el("paused").hidden = false;
      this.el("announce").textContent = "Paused. Press Resume to go on.";
      this.voice.quiet();
    } else {
      this.clock.resume();
      pause.textContent = "Pause";
      pause.setAttribute("aria-pressed", "false");
      this.el("run").classList.remove("is-paused");
      this.el("paused").hidden = true;
      this.el("announce").textContent = "Resumed.";
      this.tick();
    }
  }

  /** Jumps to the start of a cue, keeping the pause if paused. */
  jumpTo(index) {
    const target = index >= this.cues.length ? this.total * 1000 : this.cues[index].at * 1000;
    this.clock.jumpTo(target);
    this.passTo(index, target, true);
    this.tick();
  }

  /**
   * Asks the server for another exercise that fits the rest of this one's time, and plays it in
   * its place from the next whole second; the timing of everything after stays as it was.
   */
  async swap() {
    const current = this.cues[this.index];
    if (this.finished || !current || !current.exerciseId || this.el("swap").disabled) {
      return;
    }
    const id = current.exerciseId;
    const last = this.lastIndex.get(id);
    const to = this.cues[last].at + this.cues[last].seconds;
    const from = Math.ceil(this.elapsed() / 1000);
    let answer = null;
    try {
      const response = await fetch(`/api/plans/${encodeURIComponent(this.planId)}/swap?exercise=${encodeURIComponent(id)}`
          + `&from=${from}&to=${to}`);
      answer = response.ok ? await response.json() : null;
    } catch {
      answer = null;
    }
    if (!answer || this.cues[this.index] !== current) {
      const note = this.el("swap-note");
      note.textContent = "No other exercise fits the time left here. Skip moves on to the next one.";
      note.hidden = false;
      this.el("announce").textContent = note.textContent;
      return;
    }
    const before = this.cues.slice(0, this.index);
    const kept = from > current.at ? [{ ...current, seconds: from - current.at }] : [];
    this.skipped.add(id);
    await this.loadExercise(answer.exerciseId);
    this.setCues([...before, ...kept, ...answer.cues, ...this.cues.slice(last + 1)]);
    this.figure.preload(motionsOf(answer.cues));
    this.index = before.length + kept.length - 1;
    this.el("announce").textContent = `Swapped: ${answer.name}.`;
    this.tick();
  }

  skip() {
    if (this.finished || this.el("run").hidden) {
      return;
    }
    const current = this.cues[this.index];
    if (current && current.exerciseId && !this.done.has(current.exerciseId)) {
      this.skipped.add(current.exerciseId);
    }
    const next = nextExerciseStart(this.cues, this.index);
    this.jumpTo(next === undefined ? this.cues.length : next);
  }

  back() {
    if (this.finished || this.el("run").hidden) {
      return;
    }
    const earlier = exerciseStarts(this.cues).filter((s) => s <= this.index);
    if (earlier.length === 0) {
      this.jumpTo(0);
      return;
    }
    let target = earlier[earlier.length - 1];
    if (this.elapsed() - this.cues[target].at * 1000 < 3000 && earlier.length > 1) {
      target = earlier[earlier.length - 2];
    }
    this.skipped.delete(this.cues[target].exerciseId);
    this.jumpTo(target);
  }

  hurts() {
    if (this.finished) {
      return;
    }
    this.stoppedForPain = true;
    const current = this.cues[this.index];
    if (current && current.exerciseId) {
      this.skipped.add(current.exerciseId);
    }
    this.stop();
    this.el("stopped").hidden = false;
    for (const el of document.querySelectorAll(".after-only")) {
      el.hidden = true;
    }
    this.el("after-title").textContent = "How bad is it?";
    this.el("announce").textContent = "Stopped. Rest, and rate your pain.";
    this.el("stopped").scrollIntoView({ block: "start" });
    this.el("pain-after").focus({ preventScroll: true });
  }

  finish(text) {
    this.stop();
    this.el("announce").textContent = text;
    this.voice.say(text);
    this.voice.tone(660);
    this.el("after").scrollIntoView({ block: "start" });
    this.el("pain-after").focus({ preventScroll: true });
  }

  stop() {
    this.finished = true;
    clearTimeout(this.timer);
    clearTimeout(this.frameTimer);
    this.timer = null;
    this.clock.pause();
    this.voice.quiet();
    this.releaseWake();
    document.body.classList.remove("playing");
    this.el("run").hidden = true;
    this.el("after").hidden = false;
    if (this.el("how-dialog").open) {
      this.el("how-dialog").close();
    }
  }

  /** Opens the full steps of the current exercise. */
  openHow() {
    const cue = this.cues[this.index];
    if (!cue || !cue.exerciseId) {
      return;
    }
    const doc = this.docs.get(cue.exerciseId) || {};
    this.el("how-title").textContent = doc.name || cue.exerciseId;
    this.el("how-steps").replaceChildren(...listItems(doc.steps || []));
    this.el("how-breathing").textContent = doc.breathing || "";
    this.el("how-cautions").replaceChildren(...listItems(doc.cautions || []));
    this.el("how-dialog").showModal();
  }

  entry(form) {
    const number = (name) => {
      const value = form.elements[name].value;
      return value === "" ? null : Number(value);
    };
    return {
      id: this.entryId,
      planId: this.planId,
      items: this.exercises.map((id) => ({ exerciseId: id, done: this.done.has(id) && !this.skipped.has(id) })),
      painBefore: this.painBefore,
      painAfter: number("painAfter"),
      stiffness: this.stoppedForPain ? null : number("stiffness"),
      notes: form.elements.notes.value,
      stoppedForPain: this.stoppedForPain,
    };
  }

  async save(form) {
    if (!this.entryId) {
      this.entryId = newId(window.crypto);
      enqueue(localStorage, this.entry(form));
    }
    form.querySelector("button[type=submit]").disabled = true;
    const sent = await flushJournal();
    const saved = this.el("saved");
    saved.hidden = false;
    saved.textContent = sent ? "Saved." : "Saved on this device; it will reach your journal when you are back online.";
    this.el("saved-links").hidden = false;
  }
}

function wire(player) {
  const el = player.el;
  const mute = el("mute");
  mute.checked = localStorage.getItem(MUTE_KEY) === "1";
  mute.addEventListener("change", () => {
    localStorage.setItem(MUTE_KEY, mute.checked ? "1" : "0");
    if (mute.checked) {
      player.voice.quiet();
    }
  });
  el("before-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = el("pain-before").value;
    if (value === "" || !el("before-form").checkValidity()) {
      el("before-form").reportValidity();
      return;
    }
    player.begin(Number(value));
  });
  el("pause").addEventListener("click", () => player.togglePause());
  el("skip").addEventListener("click", () => player.skip());
  el("swap").addEventListener("click", () => player.swap());
  el("back").addEventListener("click", () => player.back());
  el("hurts").addEventListener("click", () => player.hurts());
  el("how").addEventListener("click", () => player.openHow());
  el("how-close").addEventListener("click", () => el("how-dialog").close());
  el("after-form").addEventListener("submit", (event) => {
    event.preventDefault();
    player.save(el("after-form"));
  });
  document.addEventListener("keydown", (event) => {
    if (player.el("run").hidden || el("how-dialog").open || event.target.closest("textarea, select, input:not([type=checkbox])")) {
      return;
    }
    const space = event.key === " " || event.code === "Space";
    if (space && event.target.closest("button, input[type=checkbox]") && event.target.id !== "pause") {
      return; // Space presses the focused control, as everywhere else
    }
    if (space) {
      event.preventDefault();
      player.togglePause();
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      player.skip();
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      player.back();
    }
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && !player.finished && !player.el("run").hidden) {
      player.keepAwake();
      player.tick(); // catch up at once: the clock says where we are
    }
  });
}

window.addEventListener("online", () => flushJournal());

const root = document.getElementById("player");
if (root) {
  const player = new Player(root);
  window.midbackPlayer = player;
  const begin = document.querySelector("#before-form button");
  begin.disabled = true;
  player.load().then(() => {
    wire(player);
    keepForOffline(player);
    begin.disabled = false;
    root.dataset.ready = "true";
  }).catch(() => {
    showLoadFailure(root);
  });
  flushJournal();
}

/** Registers the service worker and stores everything this session needs to play again offline. */
async function keepForOffline(player) {
  if (!("serviceWorker" in navigator) || !("caches" in window)) {
    return;
  }
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const cache = await caches.open(CACHE);
    const plan = `/api/plans/${encodeURIComponent(player.planId)}`;
    const urls = [location.pathname, plan, `${plan}/timeline`,
      ...player.exercises.map((id) => `/api/exercises/${encodeURIComponent(id)}`),
      ...motionsOf(player.cues).map((m) => motionUrl(m.exerciseId, m.from, m.to))];
    await cache.addAll(urls);
    document.getElementById("player").dataset.offline = "ready";
  } catch {
    // offline use is a bonus; the session plays online without it
  }
}

function showLoadFailure(root) {
  const p = document.createElement("p");
  p.className = "warning";
  p.setAttribute("role", "alert");
  p.textContent = "The routine could not be loaded. Check your connection and reload the page.";
  root.prepend(p);
}
