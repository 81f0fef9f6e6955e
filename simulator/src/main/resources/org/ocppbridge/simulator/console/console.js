// The console page: everything arrives over one EventSource (/api/events); forms post JSON to /api/*.
// Text from stations is only ever put into the page as text (textContent), never as markup.
"use strict";

const state = {
  frames: [],          // every frame and violation event, in arrival order
  stations: [],
  selected: null,      // the station id whose timeline is shown
  open: new Set(),     // "connection:index" of frames whose JSON is unfolded
};
const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child == null ? "" : child);
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text != null) node.textContent = text;
  return node;
}

function time(iso) {
  return iso ? iso.replace("T", " ").replace(/\.(\d{3})\d*Z$/, ".$1Z").slice(11) : "";
}

// ---- the event stream ----

function connect() {
  const events = new EventSource("/api/events");
  events.onopen = () => { $("stream-state").textContent = "live"; $("stream-state").className = "pill live"; };
  events.onerror = () => { $("stream-state").textContent = "reconnecting…"; $("stream-state").className = "pill down"; };
  events.addEventListener("frame", (e) => { state.frames.push({ kind: "frame", ...JSON.parse(e.data) }); schedule(); });
  events.addEventListener("violation", (e) => { state.frames.push({ kind: "violation", ...JSON.parse(e.data) }); schedule(); });
  events.addEventListener("stations", (e) => { state.stations = JSON.parse(e.data); renderStations(); schedule(); });
  events.addEventListener("uploads", (e) => renderUploads(JSON.parse(e.data)));
  events.addEventListener("conformance", (e) => renderConformance(JSON.parse(e.data)));
  // A reconnect replays the recorder from the start: begin again with empty lists.
  events.addEventListener("open", () => { state.frames = []; });
}

let pending = false;
function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; renderTimeline(); renderSequence(); });
}

// ---- stations ----

function renderStations() {
  const body = $("stations-table").tBodies[0];
  body.replaceChildren();
  if (!state.selected && state.stations.length) state.selected = state.stations[0].id;
  for (const s of state.stations) {
    const row = el("tr", { "data-station": s.id, class: s.id === state.selected ? "selected" : "" },
      el("td", {}, el("strong", {}, s.id)),
      el("td", {}, s.securityProfile),
      el("td", { class: "boot" }, s.bootStatus || "–"),
      el("td", { class: "last" }, s.lastFrame, el("br"), el("span", { class: "muted" }, time(s.lastFrameAt))),
      el("td", {}, time(s.connectedSince), s.connections > 1 ? el("span", { class: "muted" }, ` (${s.connections} connections)`) : ""),
      el("td", { class: s.connected ? "state-on" : "state-off" }, s.connected ? "connected" : "disconnected"));
    row.addEventListener("click", () => { state.selected = s.id; renderStations(); schedule(); });
    body.append(row);
  }
  $("no-stations").hidden = state.stations.length > 0;
  $("current-station").textContent = state.selected ? "of " + state.selected : "";
}

// ---- timeline ----

function matches(f) {
  if (f.station !== state.selected) return false;
  const action = $("filter-action").value.trim();
  const request = $("filter-request").value.trim();
  if ($("filter-problems").checked && !(f.kind === "violation" || f.type === "CALLERROR")) return false;
  if (f.kind === "violation") return !action && !request;
  if (action && f.action.toLowerCase() !== action.toLowerCase()) return false;
  if (request && String(f.requestId) !== request) return false;
  return true;
}

function renderTimeline() {
  const body = $("timeline").tBodies[0];
  const scroller = $("timeline").parentElement;
  const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
  body.replaceChildren();
  let connection = -1;
  for (const f of state.frames) {
    if (!matches(f)) continue;
    if (f.connection !== connection) {
      connection = f.connection;
      body.append(el("tr", { class: "connection" }, el("td", { colspan: "6" }, `connection #${connection}`)));
    }
    if (f.kind === "violation") {
      body.append(el("tr", { class: "violation" }, el("td", {}, time(f.at)), el("td", { class: "dir" }, "⚠"),
        el("td", {}, "violation"), el("td", { colspan: "3" }, f.rule)));
      continue;
    }
    const key = f.connection + ":" + f.index;
    const from = f.direction === "station-to-csms";
    const row = el("tr", {
        class: `frame ${from ? "from-station" : "to-station"} ${f.type === "CALLERROR" ? "callerror" : ""} ${f.type === "not OCPP-J" ? "raw" : ""}`,
        "data-type": f.type, "data-action": f.action, "data-status": f.status },
      el("td", {}, time(f.at)),
      el("td", { class: "dir" }, from ? "station →" : "← CSMS"),
      el("td", {}, f.type),
      el("td", {}, f.action),
      el("td", { class: "status" }, f.status),
      el("td", {}, f.requestId == null ? "" : String(f.requestId)));
    row.addEventListener("click", () => { state.open.has(key) ? state.open.delete(key) : state.open.add(key); schedule(); });
    body.append(row);
    if (state.open.has(key)) body.append(el("tr", { class: "json" }, el("td", { colspan: "6" }, el("pre", {}, pretty(f.text)))));
  }
  if (atEnd) scroller.scrollTop = scroller.scrollHeight; // follow new frames unless the reader scrolled up
}

function pretty(text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
}

// ---- sequence picture ----

function renderSequence() {
  const picture = $("sequence");
  picture.replaceChildren();
  const request = $("sequence-request").value.trim();
  const answers = $("sequence-answers").checked;
  let span = state.frames.filter((f) => f.kind === "frame" && f.station === state.selected)
    .filter((f) => answers || f.type === "CALL");
  span = request ? span.filter((f) => String(f.requestId) === request) : span.slice(-24);
  const width = 640, station = 150, csms = 560, top = 44, step = 30, gap = 22;
  const breaks = span.filter((f, i) => i > 0 && f.connection !== span[i - 1].connection).length;
  const height = top + span.length * step + breaks * gap + 16;
  picture.setAttribute("width", width);
  picture.setAttribute("height", height);
  picture.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const defs = svg("defs");
  for (const [id, color] of [["head-station", "#6b3fa0"], ["head-csms", "#1f5fbf"], ["head-error", "#b3261e"]]) {
    const marker = svg("marker", { id, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color }));
    defs.append(marker);
  }
  picture.append(defs);
  picture.append(svg("text", { x: station, y: 18, "text-anchor": "middle", class: "lane-head" }, "Station " + (state.selected || "")));
  picture.append(svg("text", { x: csms, y: 18, "text-anchor": "middle", class: "lane-head" }, "CSMS"));
  picture.append(svg("line", { x1: station, y1: 26, x2: station, y2: height - 4, class: "lane" }));
  picture.append(svg("line", { x1: csms, y1: 26, x2: csms, y2: height - 4, class: "lane" }));
  let y = top - step + 12;
  span.forEach((f, i) => {
    y += step;
    if (i > 0 && f.connection !== span[i - 1].connection) {
      // The station reconnected (a reboot): the lanes go on, on a new connection.
      const line = y - step / 2 + 2;
      picture.append(svg("line", { x1: station - 40, y1: line, x2: csms + 40, y2: line, class: "reconnect" }));
      picture.append(svg("text", { x: (station + csms) / 2, y: line + 14, "text-anchor": "middle", class: "time" },
        `reconnected: connection #${f.connection}`));
      y += gap;
    }
    const from = f.direction === "station-to-csms";
    const error = f.type === "CALLERROR";
    const kind = `${from ? "from-station" : "to-station"} ${f.type === "CALL" ? "" : "answer"} ${error ? "callerror" : ""}`;
    const g = svg("g", { class: "message", "data-type": f.type, "data-action": f.action, "data-status": f.status });
    g.append(svg("text", { x: 4, y: y + 4, class: "time" }, time(f.at).slice(0, 12)));
    g.append(svg("line", { x1: from ? station : csms, y1: y, x2: from ? csms : station, y2: y, class: "arrow " + kind,
      "marker-end": `url(#${error ? "head-error" : from ? "head-station" : "head-csms"})` }));
    const answerWord = f.type === "CALL" ? "" : error ? "CALLERROR" : "result";
    const label = (f.type === "not OCPP-J" ? "not OCPP-J: " + f.text.slice(0, 40)
      : [f.action, answerWord, f.status].filter(Boolean).join(" ")) + (f.requestId == null ? "" : ` #${f.requestId}`);
    g.append(svg("text", { x: (station + csms) / 2, y: y - 5, "text-anchor": "middle", class: "label " + kind }, label));
    picture.append(g);
  });
  if (!span.length) picture.append(svg("text", { x: width / 2, y: top + 10, "text-anchor": "middle", class: "time" }, "no frames in this span"));
}

// ---- commands ----

function showTab(name) {
  for (const b of document.querySelectorAll("#command-tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const f of document.querySelectorAll("form.command")) f.hidden = f.dataset.action !== name;
}

function toggleCustom(form) {
  const choice = form.querySelector("select[name=source], select[name=target]");
  if (!choice) return;
  for (const label of form.querySelectorAll("label.custom")) label.hidden = choice.value !== "custom";
}

function clearErrors(form) {
  for (const node of form.querySelectorAll(".field-error")) node.remove();
  for (const node of form.querySelectorAll("label.invalid")) node.classList.remove("invalid");
}

function showErrors(form, errors) {
  for (const [field, message] of Object.entries(errors)) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    const label = input ? input.closest("label") : form.querySelector("button");
    const note = el("span", { class: "field-error", "data-for": field }, input ? message : `${field}: ${message}`);
    if (input) { label.classList.add("invalid"); label.append(note); } else { label.before(note); }
  }
}

// Certificates and signatures are long; the answer box shows their start, the timeline has them whole.
function shown(request) {
  return JSON.stringify(request, (key, value) =>
    typeof value === "string" && value.length > 60 ? value.slice(0, 40) + `… (${value.length} characters)` : value, 2);
}

function answer(kind, text) {
  $("answer").className = "answer " + kind;
  $("answer-text").className = "";
  $("answer-text").textContent = text;
}

async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  let json = {};
  try { json = await response.json(); } catch (e) { json = { error: "the console sent no JSON (" + response.status + ")" }; }
  return { status: response.status, json };
}

async function send(form) {
  clearErrors(form);
  if (!state.selected) { answer("error", "No station selected: connect one first."); return; }
  const action = form.dataset.action;
  const fields = {};
  for (const input of form.querySelectorAll("[name]")) {
    if (!input.closest("label").hidden) fields[input.name] = input.value;
  }
  answer("", `${action} sent to ${state.selected}…`);
  const raw = action === "Raw";
  const { status, json } = await post(raw ? "/api/raw" : "/api/call",
    raw ? { station: state.selected, text: fields.text } : { station: state.selected, action, fields });
  if (status === 400 && json.errors) { showErrors(form, json.errors); answer("error", "Not sent: see the marked fields."); return; }
  if (status !== 200) { answer("error", json.error || `failed (${status})`); return; }
  if (raw) {
    answer(json.type === "CALLERROR" ? "error" : "ok", `${json.type}\n${pretty(json.answer)}`);
    return;
  }
  const a = json.answer;
  if (a.type === "CALLERROR") {
    answer("error", `CALLERROR ${a.code}\n${a.description}\n\nrequest:\n${shown(json.request)}`);
  } else {
    answer("ok", `CALLRESULT ${a.payload.status || ""}\n${JSON.stringify(a.payload, null, 2)}\n\nrequest:\n${shown(json.request)}`);
    if (json.request.requestId != null) { $("sequence-request").value = String(json.request.requestId); schedule(); }
  }
}

// ---- uploads ----

function renderUploads(list) {
  const ul = $("uploads-list");
  ul.replaceChildren();
  for (const u of list) {
    ul.append(el("li", { "data-file": u.fileName },
      el("a", { href: `/api/uploads/${u.index}`, download: u.fileName, class: "download" }, u.fileName),
      ` ${u.size.toLocaleString()} bytes, ${u.entries.length} entries`,
      el("div", { class: "entries" }, u.entries.join(" · "))));
  }
  $("no-uploads").hidden = list.length > 0;
}

// ---- conformance ----

let catalogue = [];

function renderCases(cases, launchAvailable) {
  catalogue = cases;
  const list = $("case-list");
  list.replaceChildren();
  for (const c of cases) {
    list.append(el("label", { class: c.needsLaunch ? "launch-only" : "", title: c.title },
      el("input", { type: "checkbox", name: "case", value: c.id, "data-launch-only": String(c.needsLaunch) }),
      ` ${c.id}`, c.needsLaunch ? " (launch)" : ""));
  }
  const launch = $("conformance-mode").querySelector("option[value=launch]");
  if (!launchAvailable) { launch.disabled = true; launch.textContent += " (start serve with --station)"; }
}

function renderConformance(run) {
  const done = run.results.length, total = run.selected.length;
  $("conformance-state").textContent = run.run === 0 ? "No run yet."
    : run.running ? `Running in ${run.mode} mode: ${done} of ${total} done…`
    : `${run.mode} run ended: ${run.results.filter((r) => r.result === "PASS").length} passed, ${run.results.filter((r) => r.result === "FAIL").length} failed.` + (run.problem ? " " + run.problem : "");
  const ul = $("conformance-results");
  ul.replaceChildren();
  for (const r of run.results) {
    const li = el("li", { "data-case": r.case, "data-result": r.result },
      el("span", { class: r.result }, r.result), ` ${r.case} `, el("span", { class: "muted" }, `${r.millis} ms`));
    if (r.result === "FAIL") li.append(el("div", {}, r.reason), el("pre", {}, r.frames || ""));
    ul.append(li);
  }
  $("reports").hidden = !run.reports;
}

async function runConformance(event) {
  event.preventDefault();
  const form = $("conformance-form");
  for (const node of form.querySelectorAll(".field-error")) node.textContent = "";
  const cases = [...form.querySelectorAll("input[name=case]:checked")].map((i) => i.value);
  const { status, json } = await post("/api/conformance", { cases, mode: $("conformance-mode").value });
  if (status === 400 && json.errors) {
    for (const [field, message] of Object.entries(json.errors)) {
      const note = form.querySelector(`.field-error[data-for="${CSS.escape(field)}"]`);
      if (note) note.textContent = `${field}: ${message}`;
    }
  } else if (status !== 200) {
    form.querySelector(".field-error[data-for=cases]").textContent = json.error || `failed (${status})`;
  }
}

// ---- start ----

async function start() {
  for (const b of document.querySelectorAll("#command-tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  for (const form of document.querySelectorAll("form.command")) {
    form.addEventListener("submit", (e) => { e.preventDefault(); send(form); });
    const choice = form.querySelector("select[name=source], select[name=target]");
    if (choice) { choice.addEventListener("change", () => toggleCustom(form)); toggleCustom(form); }
  }
  for (const id of ["filter-action", "filter-request", "filter-problems", "sequence-request", "sequence-answers"]) {
    $(id).addEventListener("input", schedule);
  }
  $("conformance-form").addEventListener("submit", runConformance);
  const info = await (await fetch("/api/info")).json();
  $("simulator-url").textContent = info.simulatorUrl;
  renderCases(info.cases, info.launchAvailable);
  connect();
}

document.addEventListener("DOMContentLoaded", start);
