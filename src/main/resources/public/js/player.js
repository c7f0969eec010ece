// The guided session at /play/{planId}: plays the plan's timeline with a countdown, spoken cues,
// a figure that follows the breath, and records the session in the journal at the end.
//
// Timing rule: every cue has an absolute deadline measured from one start time. Each tick reads
// the clock and works out which cue is current from the elapsed time, so nothing drifts, and a tab
// that was in the background jumps straight to the right cue.

const MUTE_KEY = "midback.player.muted";
const QUEUE_KEY = "midback.journal.pending";

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

/** Journal entries not yet accepted by the server, oldest first. */
function pending() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]");
  } catch {
    return [];
  }
}

function keepPending(list) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(list));
}

function csrfToken() {
  const field = document.querySelector('input[name="csrf"]');
  return field ? field.value : null;
}

/** Sends the queued entries; each keeps its device-made id, so a repeat is stored once. */
export async function flushJournal() {
  let sentAll = true;
  for (const entry of pending()) {
    const headers = { "Content-Type": "application/json" };
    const token = csrfToken();
    if (token) {
      headers["X-CSRF-Token"] = token;
    }
    let response;
    try {
      response = await fetch("/api/journal", { method: "POST", headers, body: JSON.stringify(entry) });
    } catch {
      sentAll = false;
      break; // offline: try again when the network is back
    }
    if (response.ok || (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 403)) {
      keepPending(pending().filter((e) => e.id !== entry.id));
    } else {
      sentAll = false;
    }
  }
  return sentAll;
}

function newId() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function speakable() {
  return "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

class Player {
  constructor(root) {
    this.root = root;
    this.planId = root.dataset.planId;
    this.el = (id) => document.getElementById(id);
    this.cues = [];
    this.names = new Map();
    this.frames = new Map();
    this.startedAt = 0;
    this.pausedAt = null;
    this.index = -1;
    this.timer = null;
    this.done = new Set();
    this.skipped = new Set();
    this.log = [];
    this.finished = false;
    this.stoppedForPain = false;
    this.painBefore = null;
    this.audio = null;
    this.wakeLock = null;
    this.entryId = null;
  }

  now() {
    return performance.now();
  }

  elapsed() {
    return (this.pausedAt ?? this.now()) - this.startedAt;
  }

  async load() {
    const response = await fetch(`/api/plans/${encodeURIComponent(this.planId)}/timeline`);
    if (!response.ok) {
      throw new Error(`timeline ${response.status}`);
    }
    const timeline = await response.json();
    this.cues = timeline.cues;
    this.total = timeline.totalSeconds;
    this.starts = exerciseStarts(this.cues);
    this.exercises = [...new Set(this.cues.map((c) => c.exerciseId).filter(Boolean))];
    this.lastIndex = new Map();
    this.cues.forEach((c, i) => c.exerciseId && this.lastIndex.set(c.exerciseId, i));
    await Promise.all(this.exercises.map(async (id) => {
      try {
        const r = await fetch(`/api/exercises/${encodeURIComponent(id)}`);
        const doc = await r.json();
        this.names.set(id, doc.name || id);
        this.frames.set(id, (doc.figures || []).map((f) => f.url));
      } catch {
        this.names.set(id, id);
        this.frames.set(id, []);
      }
    }));
  }

  begin(painBefore) {
    this.painBefore = painBefore;
    this.el("before").hidden = true;
    this.el("run").hidden = false;
    this.startAudio();
    this.keepAwake();
    this.startedAt = this.now();
    this.tick();
    this.el("pause").focus();
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
    const end = (cue.at + cue.seconds) * 1000;
    const left = end - elapsed;
    this.el("countdown").textContent = String(Math.max(0, Math.ceil(left / 1000)));
    this.el("progress").value = Math.min(100, (elapsed / (this.total * 1000)) * 100);
    if (this.pausedAt !== null) {
      return;
    }
    // wake at the next whole second of the countdown or at the cue's deadline, whichever is first
    const toSecond = left % 1000 || 1000;
    this.timer = setTimeout(() => this.tick(), Math.max(1, Math.min(toSecond, left)));
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
    this.el("current-name").textContent = id ? this.names.get(id) : "Get ready";
    this.el("current-side").textContent = cue.side || "";
    this.el("current-side").hidden = !cue.side;
    this.el("cue-text").textContent = cue.text;
    const nextStart = this.starts.find((s) => s > index && this.cues[s].exerciseId !== id);
    this.el("next-name").textContent = nextStart === undefined ? "the end" : this.names.get(this.cues[nextStart].exerciseId);
    const figure = this.el("figure");
    const urls = id ? this.frames.get(id) || [] : [];
    if (urls.length === 0) {
      figure.hidden = true;
    } else {
      let frame = 0;
      if (urls.length >= 2 && cue.kind === "breathe-in") {
        frame = 1;
      }
      figure.hidden = false;
      if (figure.getAttribute("src") !== urls[frame]) {
        figure.setAttribute("src", urls[frame]);
      }
      figure.dataset.frame = String(frame);
    }
  }

  announce(cue) {
    const who = cue.exerciseId ? `${this.names.get(cue.exerciseId)}${cue.side ? `, ${cue.side}` : ""}: ` : "";
    this.el("announce").textContent = `${who}${cue.text}`;
    this.say(cue.text);
    this.tone(cue.kind === "breathe-in" ? 523 : cue.kind === "breathe-out" ? 392 : 440);
  }

  say(text) {
    if (!speakable() || this.el("mute").checked) {
      return;
    }
    try {
      speechSynthesis.cancel();
      speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    } catch {
      // no voice on this device; the words are on screen
    }
  }

  startAudio() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    try {
      this.audio = new Context();
    } catch {
      this.audio = null;
    }
  }

  tone(frequency) {
    if (!this.audio || this.el("mute").checked) {
      return;
    }
    try {
      const t = this.audio.currentTime;
      const osc = this.audio.createOscillator();
      const gain = this.audio.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.08, t + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.35);
      osc.connect(gain).connect(this.audio.destination);
      osc.start(t);
      osc.stop(t + 0.4);
    } catch {
      // sound is a nicety
    }
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
    if (this.pausedAt === null) {
      this.pausedAt = this.now();
      clearTimeout(this.timer);
      this.el("pause").textContent = "Resume";
      this.el("announce").textContent = "Paused.";
      if (speakable()) {
        speechSynthesis.cancel();
      }
    } else {
      this.startedAt += this.now() - this.pausedAt; // the pause shifts the start, so the cues keep their spacing
      this.pausedAt = null;
      this.el("pause").textContent = "Pause";
      this.el("announce").textContent = "Resumed.";
      this.tick();
    }
  }

  /** Jumps to the start of a cue, keeping the pause if paused. */
  jumpTo(index) {
    const target = index >= this.cues.length ? this.total * 1000 : this.cues[index].at * 1000;
    const reference = this.pausedAt ?? this.now();
    this.startedAt = reference - target;
    this.passTo(index, target, true);
    this.tick();
  }

  /**
   * Asks the server for another exercise that fits the rest of this one's time, and plays it in
   * its place from the next whole second; the timing of everything after stays as it was.
   */
  async swap() {
    const current = this.cues[this.index];
    if (this.finished || !current || !current.exerciseId) {
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
      this.el("announce").textContent = "No other exercise fits here; use Skip to move on.";
      return;
    }
    const before = this.cues.slice(0, this.index);
    const kept = from > current.at ? [{ ...current, seconds: from - current.at }] : [];
    this.cues = [...before, ...kept, ...answer.cues, ...this.cues.slice(last + 1)];
    this.skipped.add(id);
    this.names.set(answer.exerciseId, answer.name);
    try {
      const r = await fetch(`/api/exercises/${encodeURIComponent(answer.exerciseId)}`);
      this.frames.set(answer.exerciseId, ((await r.json()).figures || []).map((f) => f.url));
    } catch {
      this.frames.set(answer.exerciseId, []);
    }
    this.starts = exerciseStarts(this.cues);
    this.exercises = [...new Set(this.cues.map((c) => c.exerciseId).filter(Boolean))];
    this.lastIndex = new Map();
    this.cues.forEach((c, i) => c.exerciseId && this.lastIndex.set(c.exerciseId, i));
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
    const next = this.starts.find((s) => s > this.index && this.cues[s].exerciseId !== current?.exerciseId);
    this.jumpTo(next === undefined ? this.cues.length : next);
  }

  back() {
    if (this.finished || this.el("run").hidden) {
      return;
    }
    const earlier = this.starts.filter((s) => s <= this.index);
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
    this.el("pain-after").focus();
  }

  finish(text) {
    this.stop();
    this.el("announce").textContent = text;
    this.say(text);
    this.tone(660);
    this.el("pain-after").focus();
  }

  stop() {
    this.finished = true;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.pausedAt === null) {
      this.pausedAt = this.now();
    }
    if (speakable()) {
      speechSynthesis.cancel();
    }
    this.releaseWake();
    this.el("run").hidden = true;
    this.el("after").hidden = false;
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
      this.entryId = newId();
      keepPending([...pending(), this.entry(form)]);
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
    if (mute.checked && speakable()) {
      speechSynthesis.cancel();
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
  el("after-form").addEventListener("submit", (event) => {
    event.preventDefault();
    player.save(el("after-form"));
  });
  document.addEventListener("keydown", (event) => {
    if (player.el("run").hidden || event.target.closest("textarea, select, input:not([type=checkbox])")) {
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
    el404(root);
  });
  flushJournal();
}

/** Registers the service worker and stores this session's page, timeline and every figure frame for offline use. */
async function keepForOffline(player) {
  if (!("serviceWorker" in navigator) || !("caches" in window)) {
    return;
  }
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const cache = await caches.open("midback-v1");
    const urls = [location.pathname, `/api/plans/${encodeURIComponent(player.planId)}/timeline`,
      ...player.exercises.map((id) => `/api/exercises/${encodeURIComponent(id)}`),
      ...player.exercises.flatMap((id) => player.frames.get(id) || [])];
    await cache.addAll(urls);
    document.getElementById("player").dataset.offline = "ready";
  } catch {
    // offline use is a bonus; the session plays online without it
  }
}

function el404(root) {
  const p = document.createElement("p");
  p.className = "warning";
  p.setAttribute("role", "alert");
  p.textContent = "The routine could not be loaded. Check your connection and reload the page.";
  root.prepend(p);
}
