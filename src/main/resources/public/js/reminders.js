// Reminders as browser notifications, while a Midback page is open.
// Nothing is shown until the person allows notifications with the button on /reminders.

const DAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]; // in the order of Date.getUTCDay()
const TOO_LATE_MS = 10 * 60 * 1000; // after a sleeping laptop wakes, older reminders are skipped
const TEXT = {
  "session": "Time for your mid-back routine.",
  "desk-break": "Stand up for a moment and check your posture.",
};

const supported = "Notification" in window;
const timers = new Map();
let armedCount = 0;

/** What the clocks in a time zone show at an instant, as numbers. */
function wallClock(ms, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", second: "numeric",
  }).formatToParts(new Date(ms));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The instant at which the clocks in a time zone show this date and time. */
function instantOf(year, month, day, hour, minute, timeZone) {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(guess, timeZone);
    guess += wanted - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  }
  return guess;
}

/** When a reminder ({ days: ["MO", ...], time: "HH:mm", timeZone }) is next due after `after` (ms), or null. */
export function nextTime(reminder, after) {
  const [hour, minute] = reminder.time.split(":").map(Number);
  const today = wallClock(after, reminder.timeZone);
  for (let i = 0; i <= 7; i++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    if (reminder.days.includes(DAY_CODES[date.getUTCDay()])) {
      const at = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour, minute, reminder.timeZone);
      if (at > after) {
        return at;
      }
    }
  }
  return null;
}

function notify(reminder, at) {
  if (Notification.permission !== "granted") {
    return;
  }
  // The same tag in every open tab, so a reminder pops up once.
  new Notification(reminder.label, { body: TEXT[reminder.kind] || "", tag: `midback-${reminder.id}-${at}` });
}

function arm(reminder, after) {
  const at = nextTime(reminder, after);
  if (at === null) {
    return;
  }
  timers.set(reminder.id, setTimeout(() => {
    if (Date.now() < at) { // the computer's clock moved back: wait again
      arm(reminder, after);
      return;
    }
    if (Date.now() - at < TOO_LATE_MS) {
      notify(reminder, at);
    }
    arm(reminder, Math.max(Date.now(), at));
  }, at - Date.now()));
}

/** Fetches the reminders and sets a timer for the next time of each one that is on. */
async function start() {
  if (!supported || Notification.permission !== "granted") {
    return;
  }
  let reminders;
  try {
    const response = await fetch("/api/reminders", { headers: { Accept: "application/json" } });
    if (!response.ok) {
      return;
    }
    reminders = (await response.json()).filter((r) => r.enabled);
  } catch {
    return;
  }
  timers.forEach((timer) => clearTimeout(timer));
  timers.clear();
  reminders.forEach((r) => arm(r, Date.now()));
  armedCount = reminders.length;
  describe();
}

const button = document.getElementById("notify-on");
const status = document.getElementById("notify-status");

function describe() {
  if (!status || !button) {
    return;
  }
  button.hidden = !supported || Notification.permission !== "default";
  if (!supported) {
    status.textContent = "This browser cannot show notifications; use the calendar feed instead.";
  } else if (Notification.permission === "granted") {
    status.textContent = `Notifications are on in this browser: ${armedCount} ${armedCount === 1 ? "reminder" : "reminders"} will pop up while a Midback page is open.`;
  } else if (Notification.permission === "denied") {
    status.textContent = "Notifications are blocked for this site. Allow them in the browser's site settings, then reload this page.";
  } else {
    status.textContent = "Notifications are off in this browser.";
  }
}

if (button) {
  button.addEventListener("click", async () => {
    await Notification.requestPermission();
    await start(); // the status speaks of reminders only once their timers are set
    describe();
  });
}
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") {
    start(); // catches up after sleep, and with changes made in another tab
  }
});
describe();
start();
