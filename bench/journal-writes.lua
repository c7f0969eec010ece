-- POST /api/journal with a new entry each time (no id: the server gives one), counting the
-- answers: 201 means the entry was committed before the answer was sent.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"painBefore": 4, "painAfter": 3, "items": [{"exerciseId": "cat-cow", "done": true}], "notes": "benchmark entry"}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  other = 0
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local total_created, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_other = total_other + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("acknowledged (201): %d, other answers: %d, errors: %d\n", total_created, total_other,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("durable writes/s: %d\n", math.floor(total_created / seconds)))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
