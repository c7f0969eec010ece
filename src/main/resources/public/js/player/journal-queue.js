// Journal entries wait on the device until the server has them: each keeps the id made on the
// device, so sending one twice stores it once, and an entry made offline goes when the network is back.

export const QUEUE_KEY = "midback.journal.pending";

/** Journal entries not yet accepted by the server, oldest first. */
export function pending(storage) {
  try {
    const list = JSON.parse(storage.getItem(QUEUE_KEY) || "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export function keepPending(storage, list) {
  storage.setItem(QUEUE_KEY, JSON.stringify(list));
}

/** Adds an entry to the queue once (by its id). */
export function enqueue(storage, entry) {
  const list = pending(storage);
  if (!list.some((e) => e.id === entry.id)) {
    keepPending(storage, [...list, entry]);
  }
}

/**
 * Sends the queued entries in order. An entry leaves the queue when the server stores it, or
 * refuses it for good (a 4xx other than 401 and 403, which a sign-in can mend); a network failure
 * or a server error keeps it for later. Resolves to whether every entry was sent.
 */
export async function flushJournal({ fetch, storage, csrfToken = null }) {
  let sentAll = true;
  for (const entry of pending(storage)) {
    const headers = { "Content-Type": "application/json" };
    if (csrfToken) {
      headers["X-CSRF-Token"] = csrfToken;
    }
    let response;
    try {
      response = await fetch("/api/journal", { method: "POST", headers, body: JSON.stringify(entry) });
    } catch {
      return false; // offline: try again when the network is back
    }
    const settled = response.ok || (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 403);
    if (settled) {
      keepPending(storage, pending(storage).filter((e) => e.id !== entry.id));
    } else {
      sentAll = false;
    }
  }
  return sentAll;
}

/** A random UUID made on the device. */
export function newId(crypto) {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
