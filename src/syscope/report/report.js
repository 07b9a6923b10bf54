/* syscope report: draws the embedded trace (findings, process tree, timeline, summary,
   event table).  Plain JS, no network: the data is gzip+base64 in #syscope-data. */
(function () {
"use strict";
const $ = (id) => document.getElementById(id);
const ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ESC[c]);
const FAILED = 1, UNFINISHED = 2, SIGNAL = 4, EXIT = 8;
const LANE_H = 16, ROW_H = 20, MAX_SPACER = 8e6;
let D, T, DUR, K, N, F, L, A, R, NEV;
let laneOf, laneTask, laneStart, laneIdx;
let rows = null, nrows = 0, selected = -1;

function fmtDur(us) {
  if (us < 0) return "";
  if (us < 1000) return Math.round(us) + " µs";
  if (us < 1e6) return (us / 1000).toPrecision(3) + " ms";
  if (us < 6e7) return (us / 1e6).toPrecision(3) + " s";
  return Math.floor(us / 6e7) + "m" + String(Math.round(us / 1e6) % 60).padStart(2, "0") + "s";
}
function fmtTime(us) {
  if (D.clock === "none") return "#" + Math.round(us);
  return "+" + (us / 1e6).toFixed(6);
}
function taskLabel(t) {
  if (t.thread) return "thread";
  const words = t.argv.length ? t.argv : (t.exe ? [t.exe] : ["?"]);
  return words.join(" ");
}
function shortName(t) {
  const w = t.argv.length ? t.argv[0] : (t.exe || "?");
  return w.slice(w.lastIndexOf("/") + 1) + (t.thread ? " (thread)" : "");
}
function lineLink(task, line) {
  if (!line) return "";
  return '<a href="#event-' + task + "-" + line + '">line ' + line + "</a>";
}

async function load() {
  const b64 = $("syscope-data").textContent.trim();
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  const buf = await new Response(stream).arrayBuffer();
  // see build.py pack(): magic, meta length, meta JSON, padding, columns, texts
  const magic = new TextDecoder().decode(new Uint8Array(buf, 0, 8));
  if (magic !== "SYSCOPE1") throw new Error("unknown data format " + magic);
  const metaLen = new DataView(buf).getUint32(8, true);
  const data = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 12, metaLen)));
  const n = data.events;
  let off = 12 + metaLen;
  off += (8 - off % 8) % 8;
  const take = (Type) => { const a = new Type(buf, off, n); off += n * Type.BYTES_PER_ELEMENT; return a; };
  const cols = {t: take(Float64Array), d: take(Float64Array), k: take(Int32Array),
                n: take(Int32Array), l: take(Int32Array), f: take(Uint8Array)};
  const dec = new TextDecoder();
  for (const [key, len] of [["a", data.text_bytes[0]], ["r", data.text_bytes[1]]]) {
    cols[key] = n ? dec.decode(new Uint8Array(buf, off, len)).split("\n") : [];
    off += len;
  }
  data.ev = cols;
  return data;
}

function prepare() {
  const ev = D.ev;
  T = ev.t; DUR = ev.d; K = ev.k; N = ev.n; F = ev.f; L = ev.l;
  A = ev.a; R = ev.r; NEV = T.length;
  D.ev = null;
  // lanes: tasks in tree order (a child below its creator)
  const kids = D.tasks.map(() => []);
  const roots = [];
  D.tasks.forEach((t, i) => (t.parent >= 0 ? kids[t.parent] : roots).push(i));
  D.kids = kids; D.roots = roots;
  laneTask = []; laneOf = new Int32Array(D.tasks.length);
  const stack = roots.slice().reverse();
  while (stack.length) {
    const i = stack.pop();
    laneOf[i] = laneTask.length; laneTask.push(i);
    for (let j = kids[i].length - 1; j >= 0; j--) stack.push(kids[i][j]);
  }
  const count = new Int32Array(laneTask.length + 1);
  for (let i = 0; i < NEV; i++) count[laneOf[K[i]] + 1]++;
  for (let l = 0; l < laneTask.length; l++) count[l + 1] += count[l];
  laneStart = count.slice();
  laneIdx = new Int32Array(NEV);
  const fill = count.slice();
  for (let i = 0; i < NEV; i++) laneIdx[fill[laneOf[K[i]]]++] = i;   // events come sorted by time
}

/* ---- findings ---------------------------------------------------------------- */
function renderFindings() {
  const why = D.why || {findings: []};
  $("verdict").textContent = why.verdict || "";
  const taskOfPid = {};
  D.tasks.forEach((t, i) => { if (!(t.tid in taskOfPid)) taskOfPid[t.tid] = i; });
  $("finding-list").innerHTML = why.findings.map((f) => {
    const task = f.pid != null && f.pid in taskOfPid ? taskOfPid[f.pid] : -1;
    const fix = (f.fix || []).map((x) => '<div class="fix">&rarr; ' + esc(x) + "</div>").join("");
    return '<li class="finding"><div><b>' + esc(f.explanation || "") + "</b> " +
      (f.process ? '<span class="muted">in ' + esc(f.process) + "</span> " : "") +
      (f.line ? lineLink(task, f.line) : "") + '</div><span class="call">' + esc(f.text) +
      "</span>" + fix + "</li>";
  }).join("");
  $("findings").hidden = false;
}

/* ---- process tree ---------------------------------------------------------- */
function renderTree() {
  const html = [];
  const walk = (i) => {
    const t = D.tasks[i];
    html.push('<li><div class="task" data-task="' + i + '"><span class="pid">' + t.tid +
      '</span><span class="argv">' + esc(taskLabel(t)) + '</span><span class="st ' +
      (t.bad ? "bad" : "ok") + '">' + esc(t.status) + '</span><span class="n">' +
      (D.clock !== "none" ? "from " + fmtDur(t.start) + " for " + fmtDur(t.end - t.start) + ", " : "") +
      t.calls + " calls" +
      (t.failed ? ', <span class="bad">' + t.failed + " failed</span>" : "") +
      "</span> " + lineLink(i, t.line) + "</div>");
    if (D.kids[i].length) { html.push("<ul>"); D.kids[i].forEach(walk); html.push("</ul>"); }
    html.push("</li>");
  };
  html.push("<ul>"); D.roots.forEach(walk); html.push("</ul>");
  $("tree-body").innerHTML = html.join("");
  $("tree-body").addEventListener("click", (e) => {
    const el = e.target.closest(".task");
    if (!el || e.target.tagName === "A") return;
    $("ev-proc").value = el.dataset.task; applyFilter();
    $("tl-wrap").scrollTop = laneOf[+el.dataset.task] * LANE_H;
    $("events").scrollIntoView();
  });
  $("tree").hidden = false;
}

/* ---- timeline ---------------------------------------------------------------- */
let v0 = 0, v1 = 1, span0 = 0, span1 = 1;
const tl = {canvas: null, ctx: null, w: 0, h: 0};
function renderTimeline() {
  span0 = Infinity; span1 = -Infinity;
  D.tasks.forEach((t) => { span0 = Math.min(span0, t.start); span1 = Math.max(span1, t.end); });
  if (!isFinite(span0)) { span0 = 0; span1 = 1; }
  if (span1 <= span0) span1 = span0 + 1;
  v0 = span0; v1 = span1;
  $("tl-labels").innerHTML = laneTask.map((i) => {
    const t = D.tasks[i];
    return '<div data-task="' + i + '" title="' + esc(t.tid + " " + taskLabel(t)) + '">' +
      esc(t.tid + " " + shortName(t)) + "</div>";
  }).join("");
  const wrap = $("tl-wrap"), area = $("tl-area");
  wrap.style.height = Math.min(laneTask.length * LANE_H + 2, 480) + "px";
  area.style.height = laneTask.length * LANE_H + "px";
  tl.canvas = $("tl-canvas"); tl.ctx = tl.canvas.getContext("2d");
  tl.canvas.style.position = "sticky"; tl.canvas.style.top = "0";
  wrap.addEventListener("scroll", drawTimeline);
  window.addEventListener("resize", drawTimeline);
  timelineEvents();
  $("timeline").hidden = false;
  drawTimeline();
}
function firstAt(lane, t) {
  let lo = laneStart[lane], hi = laneStart[lane + 1];
  while (lo < hi) { const m = (lo + hi) >> 1; if (T[laneIdx[m]] < t) lo = m + 1; else hi = m; }
  return Math.max(lo - 1, laneStart[lane]);
}
function drawTimeline() {
  const wrap = $("tl-wrap"), c = tl.canvas, dpr = window.devicePixelRatio || 1;
  const w = $("tl-area").clientWidth, h = Math.min(wrap.clientHeight, laneTask.length * LANE_H);
  if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
    c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
    c.style.width = w + "px"; c.style.height = h + "px";
  }
  tl.w = w; tl.h = h;
  const ctx = tl.ctx;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const scale = w / (v1 - v0), top = wrap.scrollTop;
  const firstLane = Math.floor(top / LANE_H);
  const lastLane = Math.min(laneTask.length - 1, Math.floor((top + h) / LANE_H));
  const marks = [];   // signals and exits, drawn over the calls
  for (let lane = firstLane; lane <= lastLane; lane++) {
    const y = lane * LANE_H - top, task = D.tasks[laneTask[lane]];
    ctx.fillStyle = lane % 2 ? "#f7f9fb" : "#ffffff"; ctx.fillRect(0, y, w, LANE_H);
    const lx0 = (task.start - v0) * scale, lx1 = (task.end - v0) * scale;
    ctx.fillStyle = task.bad ? "#f6dcdc" : "#e3eaf2";
    ctx.fillRect(Math.max(lx0, 0), y + 6, Math.min(lx1, w) - Math.max(lx0, 0) + 1, 4);
    // one path per colour; calls less than a pixel apart merge into one run
    const end = laneStart[lane + 1], calls = new Path2D(), failed = new Path2D();
    let runA = 0, runB = -10, badA = 0, badB = -10;
    for (let j = firstAt(lane, v0); j < end; j++) {
      const i = laneIdx[j];
      if (T[i] > v1) break;
      const f = F[i], x = (T[i] - v0) * scale;
      if (f & (SIGNAL | EXIT)) {
        marks.push(i, x, y);
      } else if (f & FAILED) {
        const x2 = x + Math.max(DUR[i] * scale, 2);
        if (x > badB + 1) { if (badB > badA) failed.rect(badA, y + 1, badB - badA, LANE_H - 2); badA = x; }
        badB = Math.max(badB, x2);
      } else {
        const x2 = x + Math.max(DUR[i] * scale, 1);
        if (x > runB + 1) { if (runB > runA) calls.rect(runA, y + 3, runB - runA, LANE_H - 6); runA = x; }
        runB = Math.max(runB, x2);
      }
    }
    if (runB > runA) calls.rect(runA, y + 3, runB - runA, LANE_H - 6);
    if (badB > badA) failed.rect(badA, y + 1, badB - badA, LANE_H - 2);
    ctx.fillStyle = "#4a78b5"; ctx.fill(calls);
    ctx.fillStyle = "#c62828"; ctx.fill(failed);
  }
  for (let m = 0; m < marks.length; m += 3) {
    const i = marks[m], x = marks[m + 1], y = marks[m + 2];
    if (F[i] & SIGNAL) {
      ctx.fillStyle = "#e08a00"; ctx.beginPath(); ctx.moveTo(x, y + 2); ctx.lineTo(x + 4, y + 8);
      ctx.lineTo(x - 4, y + 8); ctx.fill();
    } else {
      ctx.fillStyle = D.tasks[K[i]].bad ? "#c62828" : "#1d2125"; ctx.fillRect(x - 1, y + 1, 3, LANE_H - 2);
    }
  }
  if (selected >= 0 && T[selected] >= v0 && T[selected] <= v1) {
    const x = (T[selected] - v0) * scale;
    ctx.fillStyle = "rgba(230,180,0,0.9)"; ctx.fillRect(x - 1, 0, 2, h);
  }
  drawAxis();
}
function drawAxis() {
  const span = v1 - v0, target = span / 8;
  const p = Math.pow(10, Math.floor(Math.log10(target)));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= target) || p * 10;
  const out = [];
  for (let t = Math.ceil(v0 / step) * step; t <= v1; t += step) {
    out.push('<span style="left:' + ((t - v0) / span * tl.w).toFixed(1) + 'px">' +
      (D.clock === "none" ? "#" + Math.round(t) : fmtDur(t - span0)) + "</span>");
  }
  $("tl-axis").innerHTML = out.join("");
}
function eventAt(px, py) {
  const lane = Math.floor((py + $("tl-wrap").scrollTop) / LANE_H);
  if (lane < 0 || lane >= laneTask.length) return -1;
  const scale = tl.w / (v1 - v0), t = v0 + px / scale, slack = 3 / scale;
  let best = -1, bestDist = Infinity;
  const end = laneStart[lane + 1];
  for (let j = firstAt(lane, t - slack); j < end; j++) {
    const i = laneIdx[j];
    if (T[i] > t + slack) break;
    const dist = t < T[i] ? T[i] - t : Math.max(0, t - T[i] - Math.max(DUR[i], 0));
    if (dist <= slack && (dist < bestDist || (F[i] & FAILED))) { best = i; bestDist = dist; }
  }
  return best;
}
function timelineEvents() {
  const c = tl.canvas, tip = $("tl-tip");
  let drag = null;
  c.addEventListener("wheel", (e) => {
    e.preventDefault();
    const t = v0 + e.offsetX / tl.w * (v1 - v0);
    const k = Math.exp((e.deltaY > 0 ? 1 : -1) * 0.2);
    const nv0 = t - (t - v0) * k, nv1 = t + (v1 - t) * k;
    if (nv1 - nv0 < 0.5) return;
    v0 = Math.max(nv0, span0 - (span1 - span0)); v1 = Math.min(nv1, span1 + (span1 - span0));
    drawTimeline();
  }, {passive: false});
  c.addEventListener("mousedown", (e) => { drag = {x: e.clientX, v0, v1, moved: false}; });
  window.addEventListener("mouseup", (e) => {
    if (drag && !drag.moved) {
      const r = c.getBoundingClientRect(), i = eventAt(e.clientX - r.left, e.clientY - r.top);
      if (i >= 0) showEvent(i, false);
    }
    drag = null;
  });
  window.addEventListener("mousemove", (e) => {
    if (drag) {
      const dx = e.clientX - drag.x;
      if (Math.abs(dx) > 2) drag.moved = true;
      const dt = dx / tl.w * (drag.v1 - drag.v0);
      v0 = drag.v0 - dt; v1 = drag.v1 - dt; drawTimeline(); return;
    }
    if (e.target !== c) { tip.hidden = true; return; }
    const i = eventAt(e.offsetX, e.offsetY);
    if (i < 0) { tip.hidden = true; return; }
    tip.textContent = describe(i);
    tip.hidden = false;
    tip.style.left = Math.min(e.offsetX + 12, tl.w - 300) + "px";
    tip.style.top = (e.offsetY + 14 + $("tl-wrap").scrollTop) + "px";
  });
  c.addEventListener("dblclick", () => { v0 = span0; v1 = span1; drawTimeline(); });
  $("tl-labels").addEventListener("click", (e) => {
    const el = e.target.closest("[data-task]");
    if (el) { $("ev-proc").value = el.dataset.task; applyFilter(); }
  });
}
function describe(i) {
  const t = D.tasks[K[i]], name = D.names[N[i]];
  let s = t.tid + " " + fmtTime(T[i]) + "  ";
  if (F[i] & SIGNAL) s += "--- " + name + " " + A[i] + " ---";
  else if (F[i] & EXIT) s += "+++ " + name + " +++";
  else s += name + "(" + A[i] + ") = " + R[i];
  if (DUR[i] >= 0 && !(F[i] & (SIGNAL | EXIT))) s += "  <" + fmtDur(DUR[i]) + ">";
  return s + "\nline " + L[i];
}

/* ---- summary ----------------------------------------------------------------- */
function table(title, columns, rowsHtml, note) {
  return "<h3>" + esc(title) + "</h3>" + (note ? '<p class="hint">' + esc(note) + "</p>" : "") +
    '<div class="sum-wrap"><table class="sum"><tr>' + columns.map((c) => "<th>" + esc(c) + "</th>").join("") +
    "</tr>" + rowsHtml.join("") + "</table></div>";
}
function cells(list) {
  return "<tr>" + list.map((c) => (c && c.html !== undefined ? '<td class="mono">' + c.html :
    "<td>" + esc(c == null ? "" : c)) + "</td>").join("") + "</tr>";
}
function renderSummary() {
  const out = [];
  (D.tables || []).forEach((tb) => {
    const lineCol = tb.columns.indexOf("line");
    out.push(table(tb.title, tb.columns, tb.rows.map((r) => cells(r.map((v, j) =>
      j === lineCol && v ? {html: lineLink(-1, v)} : v))), tb.note));
  });
  const byErr = new Map();
  for (let i = 0; i < NEV; i++) {
    if (!(F[i] & FAILED)) continue;
    const r = R[i], cut = r.indexOf(" ", 3);
    const key = D.names[N[i]] + " " + (r[0] === "-" || r[0] === "?" ? r.slice(r.indexOf(" ") + 1, cut < 0 ? r.length : cut) : r);
    const e = byErr.get(key);
    if (e) e.n++; else byErr.set(key, {n: 1, i});
  }
  const errs = [...byErr.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 30);
  if (errs.length) {
    out.push(table("Failed calls", ["call", "error", "count", "first"], errs.map(([k, e]) =>
      cells([k.split(" ")[0], k.slice(k.indexOf(" ") + 1), e.n, {html: lineLink(K[e.i], L[e.i])}]))));
  }
  $("summary-body").innerHTML = out.join("");
  $("summary").hidden = false;
}

/* ---- events table --------------------------------------------------------------- */
function renderEvents() {
  const proc = $("ev-proc"), names = $("ev-name");
  proc.insertAdjacentHTML("beforeend", D.tasks.map((t, i) =>
    '<option value="' + i + '">' + esc(t.tid + " " + shortName(t)) + "</option>").join(""));
  const order = D.names.map((n, i) => i).sort((a, b) => D.names[a] < D.names[b] ? -1 : 1);
  names.insertAdjacentHTML("beforeend", order.map((i) =>
    '<option value="' + i + '">' + esc(D.names[i]) + "</option>").join(""));
  let timer = 0;
  $("ev-search").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(applyFilter, 150); });
  [proc, names, $("ev-failed")].forEach((el) => el.addEventListener("change", applyFilter));
  $("ev-view").addEventListener("scroll", renderRows);
  window.addEventListener("resize", renderRows);
  $("ev-rows").addEventListener("click", (e) => {
    const el = e.target.closest(".ev-row");
    if (el) showEvent(+el.dataset.i, false);
  });
  $("events").hidden = false;
  applyFilter();
}
function applyFilter() {
  const q = $("ev-search").value.trim(), proc = $("ev-proc").value, name = $("ev-name").value;
  const failedOnly = $("ev-failed").checked;
  if (!q && !proc && !name && !failedOnly) {
    rows = null; nrows = NEV;
  } else {
    const p = proc === "" ? -1 : +proc, n = name === "" ? -1 : +name;
    const re = q ? new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), q === q.toLowerCase() ? "i" : "") : null;
    const nameHit = re ? D.names.map((s) => re.test(s)) : null;
    const out = new Int32Array(NEV);
    let m = 0;
    for (let i = 0; i < NEV; i++) {
      if (failedOnly && !(F[i] & FAILED)) continue;
      if (p >= 0 && K[i] !== p) continue;
      if (n >= 0 && N[i] !== n) continue;
      if (re && !nameHit[N[i]] && !re.test(A[i]) && !re.test(R[i])) continue;
      out[m++] = i;
    }
    rows = out.subarray(0, m); nrows = m;
  }
  $("ev-count").textContent = nrows === NEV ? NEV.toLocaleString() + " events" :
    nrows.toLocaleString() + " of " + NEV.toLocaleString() + " events";
  $("ev-spacer").style.height = Math.min(nrows * ROW_H, MAX_SPACER) + "px";
  $("ev-view").scrollTop = 0;
  renderRows();
}
function firstRow() {
  const view = $("ev-view"), vh = view.clientHeight, total = nrows * ROW_H;
  const visible = Math.ceil(vh / ROW_H) + 1;
  if (total <= MAX_SPACER) return [Math.floor(view.scrollTop / ROW_H), visible, false];
  const frac = view.scrollTop / Math.max(MAX_SPACER - vh, 1);
  return [Math.round(frac * Math.max(nrows - visible + 1, 0)), visible, true];
}
function renderRows() {
  const [first, visible, scaled] = firstRow(), view = $("ev-view");
  const last = Math.min(nrows, first + visible + 1);
  const html = [];
  for (let r = first; r < last; r++) {
    const i = rows ? rows[r] : r, t = D.tasks[K[i]], f = F[i];
    const cls = (f & FAILED ? " failed" : "") + (f & SIGNAL ? " sig" : "") + (f & EXIT ? " exit" : "") +
      (i === selected ? " sel" : "");
    const args = A[i].length > 400 ? A[i].slice(0, 400) + "…" : A[i];
    html.push('<div class="ev-row' + cls + '" data-i="' + i + '" id="' + (i === selected ? "ev-selected" : "") +
      '"><span>' + L[i] + "</span><span>" + fmtTime(T[i]) + "</span><span>" + t.tid + "</span><span>" +
      esc(D.names[N[i]]) + "</span><span>" + esc(args) + "</span><span>" + esc(R[i]) + "</span><span>" +
      (f & (SIGNAL | EXIT) ? "" : fmtDur(DUR[i])) + "</span></div>");
  }
  const box = $("ev-rows");
  box.innerHTML = html.join("");
  box.style.top = (scaled ? view.scrollTop : first * ROW_H) + "px";
}
function showEvent(i, fromLink) {
  selected = i;
  $("ev-detail").textContent = describe(i);
  let r = rows ? rows.indexOf(i) : i;
  if (r < 0) {   // filtered out: show every event again
    $("ev-search").value = ""; $("ev-proc").value = ""; $("ev-name").value = "";
    $("ev-failed").checked = false; applyFilter(); r = i;
  }
  const view = $("ev-view"), vh = view.clientHeight;
  const total = nrows * ROW_H;
  view.scrollTop = total <= MAX_SPACER ? Math.max(r * ROW_H - vh / 3, 0) :
    (r / Math.max(nrows - 1, 1)) * (MAX_SPACER - vh);
  renderRows();
  if (T[i] < v0 || T[i] > v1) {
    const half = (v1 - v0) / 2; v0 = T[i] - half; v1 = T[i] + half;
  }
  const lane = laneOf[K[i]], wrap = $("tl-wrap");
  if (lane * LANE_H < wrap.scrollTop || (lane + 1) * LANE_H > wrap.scrollTop + wrap.clientHeight) {
    wrap.scrollTop = lane * LANE_H - wrap.clientHeight / 2;
  }
  drawTimeline();
  if (fromLink) $("events").scrollIntoView();
}
function followLink() {
  const m = /^#event-(-?\d+)-(\d+)$/.exec(location.hash);
  if (!m) return;
  const task = +m[1], line = +m[2];
  for (let i = 0; i < NEV; i++) {
    if (L[i] === line && (task < 0 || K[i] === task)) { showEvent(i, true); return; }
  }
}

const phases = {};
function timed(name, fn) {
  const t = performance.now();
  const r = fn();
  phases[name] = Math.round(performance.now() - t);
  return r;
}
const loadStart = performance.now();
load().then((data) => {
  phases.load = Math.round(performance.now() - loadStart);
  const started = performance.now();
  D = data;
  timed("prepare", prepare);
  timed("findings", renderFindings);
  timed("tree", renderTree);
  timed("timeline", renderTimeline);
  timed("summary", renderSummary);
  timed("events", renderEvents);
  $("loading").hidden = true;
  window.addEventListener("hashchange", followLink);
  followLink();
  window.syscopeReport = {events: NEV, tasks: D.tasks.length, phases,
    renderMs: performance.now() - started,
    showEvent, rowsInDom: () => $("ev-rows").children.length};
}).catch((e) => {
  $("loading").textContent = "This report cannot show its trace: " + e;
  $("loading").className = "error";
  console.error(e);
});
})();
