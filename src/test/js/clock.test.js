import { SessionClock } from "/static/js/player/clock.js";
import { equal } from "./assert.js";

function fakeTime() {
  const time = { now: 1000 };
  return { time, clock: new SessionClock(() => time.now) };
}

export const tests = {
  elapsedTimeFollowsTheClockFromTheStart() {
    const { time, clock } = fakeTime();
    clock.start();
    time.now += 2500;
    equal(clock.elapsed(), 2500);
  },

  aPauseFreezesTheTimeAndResumingKeepsTheSpacing() {
    const { time, clock } = fakeTime();
    clock.start();
    time.now += 4000;
    clock.pause();
    time.now += 60000;
    equal(clock.elapsed(), 4000, "frozen while paused");
    equal(clock.isPaused(), true);
    clock.resume();
    time.now += 1000;
    equal(clock.elapsed(), 5000, "the pause does not count");
    equal(clock.isPaused(), false);
  },

  pausingTwiceOrResumingWhilePlayingChangesNothing() {
    const { time, clock } = fakeTime();
    clock.start();
    time.now += 1000;
    clock.resume();
    clock.pause();
    time.now += 500;
    clock.pause();
    time.now += 500;
    clock.resume();
    equal(clock.elapsed(), 1000);
  },

  aJumpSetsTheTimeAndKeepsAPause() {
    const { time, clock } = fakeTime();
    clock.start();
    clock.jumpTo(30000);
    equal(clock.elapsed(), 30000);
    clock.pause();
    clock.jumpTo(10000);
    time.now += 5000;
    equal(clock.elapsed(), 10000, "still paused after the jump");
    clock.resume();
    time.now += 1000;
    equal(clock.elapsed(), 11000);
  },
};
