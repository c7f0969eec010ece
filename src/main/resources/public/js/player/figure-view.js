// The figure of the player: the picture of each movement is fetched once (an SVG holding every
// step of it) and the step shown follows the body through the cue; mirrored for the left side.

import { motionUrl } from "./timeline.js";

export class FigureView {
  constructor(box, fetchText) {
    this.box = box;
    this.fetchText = fetchText;
    this.pictures = new Map();
    this.shownKey = null;
    this.steps = [];
    this.step = -1;
  }

  /** Fetches the pictures of these movements ahead of time, so none is missing when its cue comes. */
  async preload(motions) {
    await Promise.all(motions.map((m) => this.picture(m.exerciseId, m.from, m.to)));
  }

  picture(exerciseId, from, to) {
    const url = motionUrl(exerciseId, from, to);
    if (!this.pictures.has(url)) {
      this.pictures.set(url, this.fetchText(url).then((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return doc.documentElement.nodeName === "svg" ? doc.documentElement : null;
      }).catch(() => null));
    }
    return this.pictures.get(url);
  }

  /** Shows the figure of a cue `where` = { from, to, progress }, or nothing when there is no figure. */
  async show(exerciseId, where, side) {
    if (!exerciseId || !where) {
      this.clear();
      return;
    }
    const key = `${exerciseId}/${where.from}/${where.to}`;
    if (key !== this.shownKey) {
      this.shownKey = key;
      const svg = await this.picture(exerciseId, where.from, where.to);
      if (this.shownKey !== key) {
        return; // another cue came meanwhile
      }
      if (!svg) {
        this.clear();
        return;
      }
      const copy = document.importNode(svg, true);
      copy.removeAttribute("width");
      copy.removeAttribute("height");
      this.box.replaceChildren(copy);
      this.steps = [...copy.querySelectorAll("g[data-step]")];
      this.step = -1;
      this.box.hidden = false;
    }
    this.box.classList.toggle("mirrored", side === "left");
    this.box.dataset.from = String(where.from);
    this.box.dataset.to = String(where.to);
    const step = Math.round(where.progress * (this.steps.length - 1));
    if (step !== this.step && this.steps.length > 0) {
      this.steps.forEach((g, i) => g.setAttribute("display", i === step ? "inline" : "none"));
      this.step = step;
      this.box.dataset.step = String(step);
      this.box.dataset.frame = String(step === this.steps.length - 1 ? where.to : step === 0 ? where.from : -1);
    }
  }

  clear() {
    this.shownKey = null;
    this.steps = [];
    this.step = -1;
    this.box.replaceChildren();
    this.box.hidden = true;
  }
}
