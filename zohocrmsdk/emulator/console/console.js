// The emulator console. Every string from the server goes into the page through textContent, never as HTML.
"use strict";

(function () {
  const POLL_MS = 1000;
  const STATE = "/__emulator__/ui/state";
  const ADMIN = "/__emulator__/";
  const TOKEN_HEADER = "X-Emulator-Token"; // the admin API's token, when the emulator requires one
  const view = { module: null, lastSeq: 0, timer: null };

  const $ = (id) => document.getElementById(id);

  function cell(text, className) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (className) td.className = className;
    return td;
  }

  function row(cells, className) {
    const tr = document.createElement("tr");
    tr.append(...cells);
    if (className) tr.className = className;
    return tr;
  }

  function clock(seconds) {
    const d = new Date(seconds * 1000);
    const pad = (n, w) => String(n).padStart(w || 2, "0");
    return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds()) + "." +
      pad(d.getMilliseconds(), 3);
  }

  // -- talking to the emulator ------------------------------------------------------------------------
  async function call(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const token = $("token").value.trim();
    if (token) headers[TOKEN_HEADER] = token;
    const response = await fetch(path, {
      method, headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const why = data && (data.message || data.code || data.error);
      throw new Error(why ? String(why) : response.status + " " + response.statusText);
    }
    return data;
  }

  function say(text, isError) {
    const message = $("message");
    message.textContent = text;
    message.className = isError ? "message error" : "message";
  }

  async function act(what, method, op, body) {
    try {
      await call(method, ADMIN + op, body);
      say(what);
    } catch (err) {
      say(what + " failed: " + err.message, true);
    }
    refresh();
  }

  // -- rendering ----------------------------------------------------------------------------------------
  function renderModules(modules) {
    const rows = modules.map((m) => {
      const pick = document.createElement("button");
      pick.type = "button";
      pick.className = "link";
      pick.textContent = m.api_name;
      pick.dataset.module = m.api_name;
      pick.addEventListener("click", () => { view.module = m.api_name; refresh(); });
      const name = document.createElement("td");
      name.append(pick);
      return row([name, cell(m.records, "num")], m.api_name === view.module ? "selected" : "");
    });
    $("modules").tBodies[0].replaceChildren(...rows);
  }

  function renderRecords(records) {
    $("records-module").textContent = records ? records.module : "";
    $("records-hint").hidden = Boolean(records && records.latest.length);
    $("records-hint").textContent = records ? "No records in this module." : "Pick a module to list its latest records.";
    const when = (text) => (typeof text === "string" ? text.replace("T", " ") : text); // wraps between date and time
    const rows = records ? records.latest.map((r) => row([cell(r.id), cell(r.name), cell(when(r.modified))])) : [];
    $("records").tBodies[0].replaceChildren(...rows);
  }

  function statusClass(status) {
    return status === null ? "num sdrop" : "num s" + String(status).charAt(0);
  }

  function renderRequests(requests, capacity) {
    const newest = requests.slice().reverse();
    const rows = newest.map((r) => row([
      cell(clock(r.time)), cell(r.method), cell(r.path), cell(r.status === null ? "dropped" : r.status,
        statusClass(r.status)), cell(r.ms, "num"), cell(r.user || "—"), cell(r.token || "—", "mono"),
    ], r.seq > view.lastSeq && view.lastSeq ? "fresh" : ""));
    if (requests.length) view.lastSeq = Math.max(view.lastSeq, requests[requests.length - 1].seq);
    $("requests").tBodies[0].replaceChildren(...rows);
    $("requests-none").hidden = requests.length > 0;
    $("requests-count").textContent = "(last " + requests.length + " of at most " + capacity + ")";
  }

  function renderFaults(faults) {
    const rows = faults.map((f) => row([cell(f.kind), cell(f.method), cell(f.path, "mono"),
      cell(f.remaining === null ? "∞" : f.remaining, "num"), cell(f.hits, "num")]));
    $("faults").tBodies[0].replaceChildren(...rows);
    $("faults-none").hidden = faults.length > 0;
  }

  function meter(label, used, limit, detail) {
    const block = document.createElement("div");
    const line = document.createElement("div");
    line.textContent = label + ": " + detail;
    block.append(line);
    if (typeof limit === "number" && limit > 0) {
      const bar = document.createElement("div");
      bar.className = "meter";
      const fill = document.createElement("div");
      fill.style.width = Math.min(100, Math.round((100 * used) / limit)) + "%";
      bar.append(fill);
      block.append(bar);
    }
    return block;
  }

  function renderLimits(limits) {
    const box = $("limits");
    if (!limits) {
      const none = document.createElement("p");
      none.className = "muted";
      none.textContent = "limits: not enforced";
      box.replaceChildren(none);
      return;
    }
    const parts = [];
    if (limits.edition) parts.push(meter("Edition", 0, 0, String(limits.edition)));
    const credits = limits.credits;
    if (credits) {
      parts.push(credits.allowance === null || credits.allowance === undefined
        ? meter("Credits", 0, 0, "used " + credits.used + ", no allowance")
        : meter("Credits", credits.used, credits.allowance,
          credits.remaining + " left of " + credits.allowance + " (used " + credits.used + ")"));
    }
    const calls = limits.concurrency;
    if (calls) {
      parts.push(meter("Concurrent calls", calls.in_flight, calls.limit,
        calls.in_flight + " in flight of " + calls.limit + (calls.peak === undefined ? "" : " (peak " + calls.peak + ")")));
    }
    box.replaceChildren(...parts);
  }

  // -- the loop -----------------------------------------------------------------------------------------
  async function refresh() {
    clearTimeout(view.timer);
    const status = $("status");
    try {
      const query = view.module ? "?module=" + encodeURIComponent(view.module) : "";
      const data = await call("GET", STATE + query);
      renderModules(data.modules);
      renderRecords(data.records);
      renderRequests(data.requests, data.capacity);
      renderFaults(data.faults);
      renderLimits(data.limits);
      status.textContent = "live · updated " + clock(data.time);
      status.className = "status";
    } catch (err) {
      status.textContent = "cannot read the emulator: " + err.message;
      status.className = "status offline";
    }
    view.timer = setTimeout(refresh, POLL_MS);
  }

  function start() {
    // A token given as #token=... stays in this page: a fragment is never sent to a server.
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.get("token")) $("token").value = fragment.get("token");
    $("token").addEventListener("change", refresh);
    $("reset").addEventListener("click", () => act("Reset done", "POST", "reset", {}));
    $("clear-faults").addEventListener("click", () => act("Faults cleared", "DELETE", "faults", {}));
    $("fault-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const fault = { kind: $("fault-kind").value, path: $("fault-path").value || "*" };
      const count = parseInt($("fault-count").value, 10);
      if (count > 0) fault.count = count;
      if (fault.kind === "latency") fault.delay = 1;
      act("Fault injected", "POST", "faults", fault);
    });
    refresh();
  }

  start();
})();
