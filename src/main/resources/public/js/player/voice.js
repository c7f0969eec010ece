// The spoken cues and the tones, both silenced by the mute switch. Sound is a nicety: a device
// without a voice or audio still shows every cue on screen.

export class Voice {
  constructor(isMuted) {
    this.isMuted = isMuted;
    this.audio = null;
  }

  static speakable() {
    return "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
  }

  /** Starts the audio; browsers allow it only after a tap, so this is called from one. */
  start() {
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

  say(text) {
    if (!Voice.speakable() || this.isMuted()) {
      return;
    }
    try {
      speechSynthesis.cancel();
      speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    } catch {
      // no voice on this device; the words are on screen
    }
  }

  quiet() {
    if (Voice.speakable()) {
      speechSynthesis.cancel();
    }
  }

  tone(frequency) {
    if (!this.audio || this.isMuted()) {
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
}

/** The tone of a cue: higher for a breath in, lower for a breath out. */
export function toneOf(kind) {
  return kind === "breathe-in" ? 523 : kind === "breathe-out" ? 392 : 440;
}
