// A few assertions for the tests of the browser modules; each throws with what was expected.

export function equal(actual, expected, what = "value") {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new Error(`${what}: expected ${e} but was ${a}`);
  }
}

export function near(actual, expected, tolerance, what = "value") {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${what}: expected ${expected} (within ${tolerance}) but was ${actual}`);
  }
}

export function truthy(value, what = "value") {
  if (!value) {
    throw new Error(`${what}: expected it to hold but it did not`);
  }
}
