import {
  breathSize, clockText, cueIndexAt, ease, exerciseStarts, figureAt, motionsOf, nextExerciseStart, partAround, secondsLeft,
} from "/static/js/player/timeline.js";
import { equal, near, truthy } from "./assert.js";

const twist = { kind: "move", at: 0, seconds: 10, exerciseId: "seated-twist", side: null, figure: { from: 0, to: 0 } };
const cues = [
  twist,
  { kind: "breathe-in", at: 10, seconds: 4, exerciseId: "seated-twist", side: "right", figure: { from: 0, to: 0 } },
  { kind: "breathe-out", at: 14, seconds: 6, exerciseId: "seated-twist", side: "right", figure: { from: 0, to: 1 } },
  { kind: "breathe-in", at: 20, seconds: 4, exerciseId: "seated-twist", side: "right", figure: { from: 1, to: 1 } },
  { kind: "switch-side", at: 24, seconds: 5, exerciseId: "seated-twist", side: "left", figure: { from: 1, to: 0 } },
  { kind: "breathe-in", at: 29, seconds: 4, exerciseId: "seated-twist", side: "left", figure: { from: 0, to: 0 } },
  { kind: "breathe-out", at: 33, seconds: 6, exerciseId: "seated-twist", side: "left", figure: { from: 0, to: 1 } },
  { kind: "move", at: 39, seconds: 10, exerciseId: "cat-cow", side: null, figure: { from: 0, to: 0 } },
  { kind: "breathe-in", at: 49, seconds: 3, exerciseId: "cat-cow", side: null, figure: { from: 0, to: 1 } },
  { kind: "breathe-out", at: 52, seconds: 5, exerciseId: "cat-cow", side: null, figure: { from: 1, to: 0 } },
  { kind: "done", at: 57, seconds: 0, exerciseId: null, side: null, text: "Done." },
];

export const tests = {
  theCueUnderATimeIsTheOneWhoseSpanHoldsIt() {
    equal(cueIndexAt(cues, 0), 0);
    equal(cueIndexAt(cues, 9999), 0);
    equal(cueIndexAt(cues, 10000), 1);
    equal(cueIndexAt(cues, 56999), 9);
    equal(cueIndexAt(cues, 57000), cues.length, "after the last cue the session is over");
  },

  eachExerciseStartsWhereItsFirstCueIs() {
    equal(exerciseStarts(cues), [0, 7]);
    equal(nextExerciseStart(cues, 3), 7);
    equal(nextExerciseStart(cues, 8), undefined);
  },

  theCountdownCoversTheWholeSetOnOneSideNotOneBreath() {
    equal(partAround(cues, 2), { at: 10, end: 24, work: true }, "the right side");
    equal(partAround(cues, 6), { at: 29, end: 39, work: true }, "the left side");
    equal(partAround(cues, 4), { at: 24, end: 29, work: false }, "a switch counts on its own");
    equal(secondsLeft(24, 15500), 9);
    equal(secondsLeft(24, 30000), 0, "never below zero");
  },

  clockTextShowsMinutesAndSeconds() {
    equal(clockText(0), "0:00");
    equal(clockText(75), "1:15");
    equal(clockText(600), "10:00");
  },

  theFigureMovesOnlyDuringItsMovingBreathAndHoldsAfter() {
    equal(figureAt(cues[1], 11000), { from: 0, to: 0, progress: 1 }, "still before the turn");
    const halfway = figureAt(cues[2], 17000);
    equal([halfway.from, halfway.to], [0, 1]);
    near(halfway.progress, 0.5, 0.001, "halfway through the out-breath");
    truthy(figureAt(cues[2], 14500).progress < 0.1, "it starts slowly");
    equal(figureAt(cues[3], 22000), { from: 1, to: 1, progress: 1 }, "the twist is held");
    equal(figureAt(cues[10], 57000), null, "no figure when the session is done");
  },

  easingStaysBetweenZeroAndOne() {
    equal(ease(-1), 0);
    equal(ease(0), 0);
    equal(ease(1), 1);
    equal(ease(2), 1);
    near(ease(0.5), 0.5, 1e-9);
  },

  thePacerSwellsOnABreathInAndShrinksOnABreathOut() {
    near(breathSize(cues[8], 49000), 0, 1e-9);
    near(breathSize(cues[8], 52000), 1, 1e-9);
    near(breathSize(cues[9], 52000), 1, 1e-9);
    near(breathSize(cues[9], 57000), 0, 1e-9);
    equal(breathSize(cues[0], 5000), 0, "at rest while getting into position");
  },

  everyMovementIsListedOnceForLoadingAhead() {
    const motions = motionsOf(cues).map((m) => `${m.exerciseId}:${m.from}>${m.to}`);
    equal(motions, ["seated-twist:0>0", "seated-twist:0>1", "seated-twist:1>1", "seated-twist:1>0",
      "cat-cow:0>0", "cat-cow:0>1", "cat-cow:1>0"]);
  },
};
