import { enqueue, flushJournal, newId, pending, QUEUE_KEY } from "/static/js/player/journal-queue.js";
import { equal, truthy } from "./assert.js";

function memoryStorage(initial = {}) {
  const data = { ...initial };
  return {
    getItem: (k) => (k in data ? data[k] : null),
    setItem: (k, v) => { data[k] = String(v); },
    data,
  };
}

function server(statuses) {
  const sent = [];
  const fetch = async (url, options) => {
    sent.push({ url, options });
    const status = statuses.shift();
    if (status === "offline") {
      throw new TypeError("Failed to fetch");
    }
    return { ok: status >= 200 && status < 300, status };
  };
  return { fetch, sent };
}

export const tests = {
  anEntryIsQueuedOnceByItsId() {
    const storage = memoryStorage();
    enqueue(storage, { id: "a", painAfter: 2 });
    enqueue(storage, { id: "a", painAfter: 2 });
    enqueue(storage, { id: "b", painAfter: 1 });
    equal(pending(storage).map((e) => e.id), ["a", "b"]);
  },

  aDamagedQueueReadsAsEmpty() {
    equal(pending(memoryStorage({ [QUEUE_KEY]: "{not json" })), []);
    equal(pending(memoryStorage({ [QUEUE_KEY]: "{\"a\": 1}" })), []);
  },

  storedEntriesLeaveTheQueueAndTheTokenIsSent: async () => {
    const storage = memoryStorage();
    enqueue(storage, { id: "a" });
    enqueue(storage, { id: "b" });
    const { fetch, sent } = server([201, 201]);
    equal(await flushJournal({ fetch, storage, csrfToken: "t0k" }), true);
    equal(pending(storage), []);
    equal(sent.length, 2);
    equal(sent[0].options.headers["X-CSRF-Token"], "t0k");
    equal(JSON.parse(sent[1].options.body).id, "b");
  },

  offlineKeepsEverythingForLater: async () => {
    const storage = memoryStorage();
    enqueue(storage, { id: "a" });
    enqueue(storage, { id: "b" });
    const { fetch } = server(["offline"]);
    equal(await flushJournal({ fetch, storage }), false);
    equal(pending(storage).map((e) => e.id), ["a", "b"]);
  },

  aServerErrorOrASignInProblemKeepsTheEntryAndARefusalDropsIt: async () => {
    const storage = memoryStorage();
    ["a", "b", "c", "d"].forEach((id) => enqueue(storage, { id }));
    const { fetch } = server([500, 401, 400, 201]);
    equal(await flushJournal({ fetch, storage }), false);
    equal(pending(storage).map((e) => e.id), ["a", "b"], "the 500 and the 401 wait; the 400 can never be stored");
  },

  idsAreRandomUuids() {
    const withoutRandomUuid = { getRandomValues: (bytes) => crypto.getRandomValues(bytes) };
    for (const id of [newId(crypto), newId(withoutRandomUuid)]) {
      truthy(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), `a version 4 UUID: ${id}`);
    }
    truthy(newId(withoutRandomUuid) !== newId(withoutRandomUuid), "two ids differ");
  },
};
