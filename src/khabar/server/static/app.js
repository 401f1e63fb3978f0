// khabar web UI: a small single-page app over the JSON API (/api/…). No framework; every piece of
// text from the server is inserted with textContent (never parsed as HTML).
"use strict";

(() => {
  const QUAD = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
  };
  const QUAD_COLOR = { 1: "#1a9850", 2: "#66bd63", 3: "#f29e2e", 4: "#d73027" };
  const COOP = "#1a9850";
  const CONFLICT = "#d73027";
  const SVG_NS = "http://www.w3.org/2000/svg";
  const EVENT_FILTERS = [
    ["actor", "Actor (any script)", "text"],
    ["country", "Country (ISO3)", "text"],
    ["cameo", "CAMEO", "text"],
    ["plover", "PLOVER", "text"],
    ["quad_class", "Quad class", "quad"],
    ["status", "Status", "status"],
    ["date_from", "From", "date"],
    ["date_to", "To", "date"],
    ["lang", "Language", "text"],
  ];
  const STATUSES = ["occurred", "planned", "intended", "denied", "hypothetical"];
  const main = document.getElementById("main");

  // --- small helpers -------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) if (child) node.append(child);
    return node;
  }
  function title(text) { return svg("title", { text }); }
  const isDeva = (text) => /[\u0900-\u097F]/.test(text || "");
  function textEl(tag, text, attrs) {
    return el(tag, { ...(attrs || {}), lang: isDeva(text) ? "hi" : null, text: text ?? "" });
  }

  async function api(path, options) {
    const response = await fetch(path, options);
    const type = response.headers.get("content-type") || "";
    const body = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) {
      const message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  }
  function showError(container, error) {
    container.append(el("p", { class: "error", role: "alert", text: String(error.message || error) }));
  }
  function parseHash() {
    const hash = location.hash.replace(/^#\/?/, "");
    const [path, query] = hash.split("?");
    const parts = path.split("/");
    return { page: parts[0] || "analyze", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
  }
  function setActive(page) {
    for (const link of document.querySelectorAll("nav a[data-page]")) {
      link.classList.toggle("active", link.dataset.page === page);
    }
  }
  // Only http(s) URLs become links: a stored "javascript:" or "data:" URL is shown as text.
  function isWebUrl(url) {
    if (typeof url !== "string") return false;
    try { return ["http:", "https:"].includes(new URL(url).protocol); } catch { return false; }
  }

  function actorLink(key, name) {
    if (!name) return el("span", { class: "muted", text: "–" });
    if (!key) return textEl("span", name);
    return el("a", { href: `#/actor/${encodeURIComponent(key)}`, lang: isDeva(name) ? "hi" : null, text: name });
  }
  function colored(cls, color, tip) {
    const node = el("i", { class: cls, title: tip || null });
    node.style.background = color;
    return node;
  }
  const keyOf = (kbId, name) => kbId || (name ? `name:${name}` : null);

  // --- annotated text and event cards (Analyze and Article pages) ------------------------------
  function annotatedText(contract) {
    const text = contract.text || "";
    const spans = [];
    const entities = new Map((contract.entities || []).map((e) => [e.id, e]));
    for (const entity of contract.entities || []) {
      for (const m of entity.mentions || []) {
        spans.push({ start: m.start, end: m.end, cls: `ent ent-${entity.type}`,
                     title: `${entity.name}${entity.actor_code ? " · " + entity.actor_code : ""} (${entity.type})` });
      }
    }
    for (const q of contract.quotes || []) {
      const speaker = entities.get(q.speaker);
      spans.push({ start: q.start, end: q.end, cls: "quote",
                   title: `${q.direct ? "direct" : "reported"} quote — ${speaker ? speaker.name : "speaker unknown"}` });
      if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, cls: "cue", title: "quote cue" });
    }
    (contract.events || []).forEach((ev, i) => {
      spans.push({ start: ev.trigger.start, end: ev.trigger.end, cls: `trigger q${ev.quad_class || 1}`,
                   title: `${ev.plover || ""} ${ev.cameo} (${ev.status})`, event: i });
    });
    const sentences = contract.sentences && contract.sentences.length
      ? contract.sentences : [{ start: 0, end: text.length, kind: "body" }];
    const container = el("div", { class: "doc-text", lang: contract.lang || null, "data-testid": "doc-text" });
    let position = 0;
    sentences.forEach((sentence, index) => {
      if (sentence.start > position) container.append(text.slice(position, sentence.start));
      const node = el("span", { class: `sentence ${sentence.kind || "body"}`, id: `s-${index}`,
                                "data-sentence": index });
      const inside = spans.filter((s) => s.end > sentence.start && s.start < sentence.end);
      const cuts = new Set([sentence.start, sentence.end]);
      for (const s of inside) {
        cuts.add(Math.max(s.start, sentence.start));
        cuts.add(Math.min(s.end, sentence.end));
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k < points.length - 1; k++) {
        const [a, b] = [points[k], points[k + 1]];
        const covering = inside.filter((s) => s.start <= a && s.end >= b);
        const piece = text.slice(a, b);
        if (!covering.length) { node.append(piece); continue; }
        let inner = document.createTextNode(piece);
        // Nest one element per covering annotation, the widest outermost.
        covering.sort((x, y) => (y.end - y.start) - (x.end - x.start));
        for (const s of covering.reverse()) {
          const wrap = el("span", { class: s.cls, title: s.title,
                                    "data-event": s.event === undefined ? null : s.event });
          wrap.append(inner);
          inner = wrap;
        }
        node.append(inner);
      }
      container.append(node);
      position = Math.max(position, sentence.end);
    });
    if (position < text.length) container.append(text.slice(position));
    return container;
  }

  function focusSentence(index) {
    for (const node of document.querySelectorAll(".sentence.focused")) node.classList.remove("focused");
    const target = document.getElementById(`s-${index}`);
    if (!target) return;
    target.classList.add("focused");
    target.scrollIntoView({ block: "center" });
  }

  function eventCard(ev, index, entities) {
    const source = entities.get(ev.source);
    const target = entities.get(ev.target);
    const where = ev.location
      ? `${ev.location.name}${ev.location.country ? " (" + ev.location.country + ")" : ""}` : "–";
    const when = ev.date ? `${ev.date}${ev.date_precision && ev.date_precision !== "day" ? " (" + ev.date_precision + ")" : ""}` : "–";
    const card = el("article", { class: `card q${ev.quad_class || 1}`, "data-testid": "event-card",
                                 "data-event": index, "data-sentence": ev.sentence,
                                 "data-plover": ev.plover || "", "data-cameo": ev.cameo },
      el("h3", {},
        el("span", { text: `${ev.plover || "?"} · CAMEO ${ev.cameo}` }),
        el("span", { class: `status ${ev.status}`, "data-testid": "event-status", text: ev.status })),
      el("dl", {},
        el("dt", { text: "who" }), el("dd", { "data-testid": "event-who" },
          source ? actorLink(source.kb_id || `name:${source.name}`, source.name) : "–"),
        el("dt", { text: "what" }), el("dd", { "data-testid": "event-what" },
          `${QUAD[ev.quad_class] || ""}${ev.goldstein !== null && ev.goldstein !== undefined ? " · Goldstein " + ev.goldstein : ""} — `,
          textEl("q", (ev.trigger_text || "").trim())),
        el("dt", { text: "whom" }), el("dd", { "data-testid": "event-whom" },
          target ? actorLink(target.kb_id || `name:${target.name}`, target.name) : "–"),
        el("dt", { text: "when" }), el("dd", { "data-testid": "event-when", text: when }),
        el("dt", { text: "where" }), el("dd", { "data-testid": "event-where", text: where }),
        el("dt", { text: "source" }), el("dd", {},
          el("a", { href: `#s-${ev.sentence}`, "data-testid": "goto-sentence",
                    onclick: (e) => { e.preventDefault(); e.stopPropagation(); focusSentence(ev.sentence); },
                    text: `sentence ${ev.sentence + 1} →` }))));
    card.addEventListener("click", () => focusSentence(ev.sentence));
    return card;
  }

  function renderContract(contract, container, focus) {
    const text = contract.text || "";
    const entities = new Map((contract.entities || []).map((e) => [e.id, e]));
    const events = (contract.events || []).map((ev) => ({ ...ev, trigger_text: text.slice(ev.trigger.start, ev.trigger.end) }));
    const meta = [
      contract.lang && `language ${contract.lang}`,
      contract.published && `published ${contract.published}${contract.published_basis ? " (" + contract.published_basis + ")" : ""}`,
      contract.outlet && `outlet ${contract.outlet}`,
      `${(contract.entities || []).length} entities`, `${(contract.quotes || []).length} quotes`,
      `${events.length} events`,
    ].filter(Boolean).join(" · ");
    const legend = el("div", { class: "legend" },
      ["PER", "ORG", "GPE", "LOC"].map((t) => el("span", {}, el("i", { class: `swatch ent-${t}` }), t)),
      el("span", {}, el("span", { class: "quote", text: "quote" })),
      el("span", {}, el("b", { class: "trigger", text: "event trigger" })));
    const cards = el("div", { class: "cards", "data-testid": "event-cards" },
      events.length ? events.map((ev, i) => eventCard(ev, i, entities))
        : el("p", { class: "muted", text: "No events found in this text." }));
    const quotes = (contract.quotes || []).map((q) => {
      const speaker = entities.get(q.speaker);
      return el("li", {}, el("b", {}, speaker ? actorLink(speaker.kb_id || `name:${speaker.name}`, speaker.name) : "?"),
        ` (${q.direct ? "direct" : "reported"}): `, textEl("span", text.slice(q.start, q.end)));
    });
    const entityItems = (contract.entities || []).map((e) => el("li", {},
      actorLink(e.kb_id || `name:${e.name}`, e.name), ` ${e.type}${e.actor_code ? " · " + e.actor_code : ""} — `,
      textEl("span", [...new Set((e.mentions || []).map((m) => m.text))].join(", "), { class: "muted" })));
    container.replaceChildren(
      el("p", { class: "meta-line", "data-testid": "analysis-meta", text: meta }),
      legend,
      el("div", { class: "result" },
        el("section", { class: "panel" }, annotatedText(contract)),
        el("section", {}, el("h2", { text: "Events" }), cards,
          quotes.length ? [el("h2", { text: "Quotes" }), el("ul", { class: "quote-list" }, quotes)] : null,
          entityItems.length ? [el("h2", { text: "Actors" }), el("ul", { class: "entity-list" }, entityItems)] : null)));
    if (focus !== null && focus !== undefined && focus !== "") focusSentence(Number(focus));
  }

  // --- pages ---------------------------------------------------------------------------------
  const pages = {};

  pages.analyze = () => {
    const output = el("div", { "data-testid": "analysis" });
    const textarea = el("textarea", { name: "text", "data-testid": "analyze-text",
      placeholder: "Paste an article (text or HTML), Hindi or English…", lang: "hi" });
    const url = el("input", { type: "url", name: "url", placeholder: "…or the article's URL (fetched when no text is pasted)" });
    const published = el("input", { type: "date", name: "published", title: "publication date (optional)" });
    const button = el("button", { type: "submit", "data-testid": "analyze-button", text: "Analyze" });
    const form = el("form", { class: "analyze-form panel" }, textarea,
      el("div", { class: "row" }, url, el("label", {}, "published ", published), button));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = {};
      const pasted = textarea.value.trim();
      if (pasted) body[/^\s*</.test(pasted) ? "html" : "text"] = textarea.value;
      if (url.value.trim()) body.url = url.value.trim();
      if (published.value) body.published = published.value;
      button.disabled = true;
      output.replaceChildren(el("p", { class: "muted", text: "Analyzing…" }));
      try {
        const contract = await api("/api/analyze", {
          method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        renderContract(contract, output);
      } catch (error) {
        output.replaceChildren();
        showError(output, error);
      } finally {
        button.disabled = false;
      }
    });
    main.replaceChildren(el("h1", { text: "Analyze an article" }), form, output);
  };

  pages.article = async (arg, params) => {
    main.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
    try {
      const record = await api(`/api/articles/${encodeURIComponent(arg)}`);
      const body = el("div", {});
      main.replaceChildren(
        textEl("h1", record.title || record.id),
        el("p", { class: "meta-line" }, isWebUrl(record.url)
          ? el("a", { href: record.url, rel: "noreferrer noopener", text: record.url })
          : textEl("span", record.url || record.origin || "")),
        body);
      renderContract(record, body, params.get("s"));
    } catch (error) { main.replaceChildren(); showError(main, error); }
  };

  function filterForm(params, onSubmit, extra) {
    const fields = EVENT_FILTERS.map(([name, label, kind]) => {
      let input;
      if (kind === "quad") {
        input = el("select", { name }, el("option", { value: "", text: "any" }),
          [1, 2, 3, 4].map((q) => el("option", { value: q, text: `${q} ${QUAD[q]}` })));
      } else if (kind === "status") {
        input = el("select", { name }, el("option", { value: "", text: "any" }),
          STATUSES.map((s) => el("option", { value: s, text: s })));
      } else {
        input = el("input", { name, type: kind === "date" ? "date" : "text", size: name === "actor" ? 16 : 8 });
      }
      input.value = params.get(name) || "";
      return el("label", {}, label, input);
    });
    const form = el("form", { class: "filters panel", "data-testid": "event-filters" }, fields, extra || null,
      el("button", { type: "submit", text: "Apply" }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const next = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
      onSubmit(next);
    });
    return form;
  }
  function filterQuery(params, keep) {
    const out = new URLSearchParams();
    for (const [name] of EVENT_FILTERS) if (params.get(name)) out.set(name, params.get(name));
    for (const name of keep || []) if (params.get(name)) out.set(name, params.get(name));
    return out;
  }

  pages.events = async (_arg, params) => {
    if (params.get("clustered")) return clusteredEvents(params);
    const limit = 50;
    const offset = Number(params.get("offset") || 0);
    const query = filterQuery(params, ["actor_key", "article_id"]);
    const form = filterForm(params, (next) => { location.hash = `#/events?${next}`; }, clusteredCheckbox(params));
    const csv = el("a", { class: "button", href: `/api/events.csv?${query}`, download: "khabar-events.csv",
                          "data-testid": "csv-export", text: "Export CSV" });
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Events" }), form, out);
    try {
      const page = await api(`/api/events?${query}&limit=${limit}&offset=${offset}`);
      const rows = page.items.map((ev) => el("tr", { "data-testid": "event-row" },
        el("td", { text: ev.date || "?" }),
        el("td", {}, actorLink(keyOf(ev.source_kb_id, ev.source_name), ev.source_name)),
        el("td", {}, colored("quad-dot", QUAD_COLOR[ev.quad_class] || "#999", QUAD[ev.quad_class]),
          `${ev.plover || ""} `, el("span", { class: "muted", text: ev.cameo })),
        el("td", {}, actorLink(keyOf(ev.target_kb_id, ev.target_name), ev.target_name)),
        el("td", { text: ev.location_name || "" }),
        el("td", {}, el("span", { class: `status ${ev.status}`, text: ev.status })),
        el("td", {}, el("a", { href: `#/article/${encodeURIComponent(ev.article_id)}?s=${ev.sentence}` },
          textEl("span", `“${(ev.trigger_text || "").trim()}”`)),
          el("div", { class: "muted", text: ev.article_id }))));
      const pageParams = (delta) => { const p = new URLSearchParams(query); p.set("offset", offset + delta); return `#/events?${p}`; };
      const pager = el("div", { class: "pager" },
        el("span", { "data-testid": "event-total", text: `${page.total} events` }),
        offset > 0 ? el("a", { href: pageParams(-limit), text: "← previous" }) : null,
        offset + limit < page.total ? el("a", { href: pageParams(limit), text: "next →" }) : null,
        csv);
      out.replaceChildren(pager, el("table", { class: "data", "data-testid": "events-table" },
        el("thead", {}, el("tr", {}, ["date", "who", "what", "whom", "where", "status", "evidence"].map((h) => el("th", { text: h })))),
        el("tbody", {}, rows)));
    } catch (error) { showError(out, error); }
  };

  function quadLegend() {
    return el("div", { class: "legend", "data-testid": "quad-legend" },
      [1, 2, 3, 4].map((q) => el("span", {}, colored("swatch", QUAD_COLOR[q]), `${q} ${QUAD[q]}`)));
  }

  // Buckets of the timeline: the default follows the span of the dates shown.
  const DAY_MS = 86400000;
  function bucketStart(iso, bucket) {
    const d = new Date(`${iso}T00:00:00Z`);
    if (bucket === "week") d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); // Monday
    else if (bucket === "month") d.setUTCDate(1);
    else if (bucket === "year") { d.setUTCMonth(0); d.setUTCDate(1); }
    return d;
  }
  function bucketEnd(start, bucket) {
    const d = new Date(start.getTime());
    if (bucket === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (bucket === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d;
  }
  function defaultBucket(minMs, maxMs) {
    const days = (maxMs - minMs) / DAY_MS;
    if (days <= 62) return "day";
    if (days <= 2 * 365) return "week";
    if (days <= 15 * 365) return "month";
    return "year";
  }
  function timeTicks(minMs, maxMs) {
    // Ticks on calendar boundaries, about 4–12 of them.
    const steps = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"], [25, "year"]];
    const spanDays = (maxMs - minMs) / DAY_MS;
    const approx = { day: 1, month: 30.4, year: 365.25 };
    const [n, unit] = steps.find(([k, u]) => spanDays / (k * approx[u]) <= 12) || steps[steps.length - 1];
    const start = new Date(minMs);
    start.setUTCHours(0, 0, 0, 0);
    if (unit !== "day") start.setUTCDate(1);
    if (unit === "year") { start.setUTCMonth(0); start.setUTCFullYear(Math.floor(start.getUTCFullYear() / n) * n); }
    if (unit === "month") start.setUTCMonth(Math.floor(start.getUTCMonth() / n) * n);
    const ticks = [];
    for (let d = start; d.getTime() <= maxMs && ticks.length < 60; ) {
      if (d.getTime() >= minMs) ticks.push(new Date(d.getTime()));
      d = new Date(d.getTime());
      if (unit === "day") d.setUTCDate(d.getUTCDate() + n);
      else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
    }
    const label = (d) => unit === "year" ? String(d.getUTCFullYear())
      : unit === "month" ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10);
    return ticks.map((d) => ({ ms: d.getTime(), label: label(d) }));
  }

  pages.timeline = async (_arg, params) => {
    const chosen = params.get("bucket") || "";
    const select = el("select", { name: "bucket" }, el("option", { value: "", text: "auto" }),
      ["day", "week", "month", "year"].map((b) => el("option", { value: b, text: b })));
    select.value = chosen;
    const form = filterForm(params, (next) => { location.hash = `#/timeline?${next}`; },
      el("label", {}, "Per", select));
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Timeline" }), form, quadLegend(), out);
    try {
      const query = filterQuery(params);
      query.set("bucket", "day");
      const rows = await api(`/api/timeline?${query}`);
      if (!rows.length) { out.append(el("p", { class: "muted", text: "No dated events match." })); return; }
      const dayMs = rows.map((r) => Date.parse(`${r.day}T00:00:00Z`));
      const bucket = chosen || defaultBucket(Math.min(...dayMs), Math.max(...dayMs));
      const buckets = new Map();
      for (const r of rows) {
        const start = bucketStart(r.day, bucket);
        const key = start.toISOString().slice(0, 10);
        if (!buckets.has(key)) buckets.set(key, { key, start: start.getTime(), end: bucketEnd(start, bucket).getTime(), counts: { 1: 0, 2: 0, 3: 0, 4: 0 } });
        buckets.get(key).counts[r.quad_class || 1] += r.events;
      }
      const list = [...buckets.values()].sort((a, b) => a.start - b.start);
      for (const b of list) b.total = Object.values(b.counts).reduce((x, y) => x + y, 0);
      const max = Math.max(...list.map((b) => b.total));
      const [width, height] = [1100, 340];
      const [left, right, bottom, top] = [48, 24, 46, 16];
      // A real time axis: position is proportional to time, with a bucket's width of margin.
      const minMs = list[0].start - (list[0].end - list[0].start);
      const maxMs = list[list.length - 1].end + (list[0].end - list[0].start);
      const x = (ms) => left + (width - left - right) * (ms - minMs) / (maxMs - minMs);
      const y = (v) => top + (height - top - bottom) * (1 - v / max);
      const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, "data-testid": "timeline-chart",
                                 "data-bucket": bucket, role: "img", "aria-label": `events per ${bucket} by quad class` });
      const axis = svg("g", { class: "axis" });
      for (let t = 0; t <= 4; t++) {
        const v = Math.round((max * t) / 4);
        axis.append(svg("line", { x1: left - 4, x2: width - right, y1: y(v), y2: y(v), "stroke-dasharray": "2 3" }),
          svg("text", { x: left - 8, y: y(v) + 4, "text-anchor": "end", text: v }));
      }
      axis.append(svg("line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom }));
      for (const tick of timeTicks(minMs, maxMs)) {
        axis.append(svg("line", { x1: x(tick.ms), x2: x(tick.ms), y1: height - bottom, y2: height - bottom + 5 }),
          svg("text", { x: x(tick.ms), y: height - bottom + 18, "text-anchor": "middle", "data-testid": "timeline-tick", text: tick.label }));
      }
      chart.append(axis);
      for (const b of list) {
        const x0 = x(b.start), x1 = x(b.end);
        const barWidth = Math.max(3, (x1 - x0) * 0.85);
        const bx = (x0 + x1) / 2 - barWidth / 2;
        const group = svg("g", { "data-testid": "timeline-bar", "data-day": b.key, "data-events": b.total, class: "bar" },
          title(`${bucket} of ${b.key}: ${b.total} events — ` + [1, 2, 3, 4].filter((q) => b.counts[q]).map((q) => `${QUAD[q]} ${b.counts[q]}`).join(", ")));
        let acc = 0;
        for (const q of [1, 2, 3, 4]) {
          if (!b.counts[q]) continue;
          group.append(svg("rect", { x: bx, width: barWidth, y: y(acc + b.counts[q]), height: y(acc) - y(acc + b.counts[q]),
                                     fill: QUAD_COLOR[q], "data-quad": q }));
          acc += b.counts[q];
        }
        group.addEventListener("click", () => {
          const p = filterQuery(params);
          p.set("date_from", b.key);
          p.set("date_to", new Date(b.end - DAY_MS).toISOString().slice(0, 10));
          location.hash = `#/events?${p}`;
        });
        chart.append(group);
      }
      out.append(chart, el("p", { class: "muted", "data-testid": "timeline-summary",
        text: `${list.reduce((a, b) => a + b.total, 0)} dated events in ${list.length} ${bucket}s from ${list[0].key} to ${list[list.length - 1].key}; click a bar for its events.` }));
    } catch (error) { showError(out, error); }
  };

  function layout(nodes, edges, width, height) {
    // Force layout (Fruchterman–Reingold): pairwise repulsion k²/d, springs d²/k along edges, a pull
    // to the centre (keeps unconnected pairs on screen), moves capped by a cooling temperature.
    // Deterministic: nodes start on a golden-angle spiral.
    const index = new Map(nodes.map((n, i) => [n.key, i]));
    const [cx, cy] = [width / 2, height / 2];
    nodes.forEach((n, i) => {
      const angle = 2.4 * i;
      const r = Math.sqrt(i + 0.5) / Math.sqrt(nodes.length) * Math.min(width, height) * 0.45;
      n.x = cx + r * Math.cos(angle);
      n.y = cy + r * Math.sin(angle);
    });
    const k = 0.75 * Math.sqrt((width * height) / Math.max(1, nodes.length));
    const iterations = 500;
    for (let iter = 0; iter < iterations; iter++) {
      const temperature = (Math.min(width, height) / 8) * (1 - iter / iterations) + 1;
      const dx = new Float64Array(nodes.length), dy = new Float64Array(nodes.length);
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const ox = nodes[i].x - nodes[j].x, oy = nodes[i].y - nodes[j].y;
          const d = Math.max(Math.hypot(ox, oy), 0.5);
          const f = (k * k) / d / d;
          dx[i] += ox * f; dy[i] += oy * f; dx[j] -= ox * f; dy[j] -= oy * f;
        }
      }
      for (const e of edges) {
        const a = index.get(e.source), b = index.get(e.target);
        const ox = nodes[b].x - nodes[a].x, oy = nodes[b].y - nodes[a].y;
        const d = Math.max(Math.hypot(ox, oy), 0.5);
        const f = d / k;
        dx[a] += ox * f; dy[a] += oy * f; dx[b] -= ox * f; dy[b] -= oy * f;
      }
      nodes.forEach((n, i) => {
        const ox = cx - n.x, oy = cy - n.y;
        const d = Math.hypot(ox, oy);
        dx[i] += ox * d / k * 0.3; dy[i] += oy * d / k * 0.3;
        const step = Math.hypot(dx[i], dy[i]) || 1;
        const move = Math.min(step, temperature);
        n.x = Math.min(width - 30, Math.max(30, n.x + (dx[i] / step) * move));
        n.y = Math.min(height - 20, Math.max(20, n.y + (dy[i] / step) * move));
      });
    }
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
  function placeLabels(nodes, radius, width, height) {
    // Greedy label placement, most active actors first: right, left, above or below the node, the
    // first spot where the label's measured box (stroke included) overlaps no placed label and no
    // node; a label with no free spot is hidden (its name stays in the node's tooltip).
    const pad = 2;
    const circles = nodes.map((n) => ({ x: n.x - radius(n), y: n.y - radius(n), w: 2 * radius(n), h: 2 * radius(n), key: n.key }));
    const placed = [];
    for (const n of [...nodes].sort((a, b) => b.events - a.events || a.key.localeCompare(b.key))) {
      const label = n.label;
      label.removeAttribute("visibility");
      label.setAttribute("x", 0);
      label.setAttribute("y", 0);
      const base = label.getBBox(); // relative to the baseline origin
      const [w, h, r] = [base.width + 2 * pad, base.height + 2 * pad, radius(n)];
      const spots = [[n.x + r + 3, n.y - h / 2], [n.x - r - 3 - w, n.y - h / 2], [n.x - w / 2, n.y - r - 2 - h], [n.x - w / 2, n.y + r + 2]];
      const free = spots.find(([x, y]) => {
        const candidate = { x, y, w, h };
        if (x < 0 || y < 0 || x + w > width || y + h > height) return false; // stays in the chart
        return !placed.some((p) => overlaps(candidate, p)) && !circles.some((c) => c.key !== n.key && overlaps(candidate, c));
      });
      if (!free) { label.setAttribute("visibility", "hidden"); label.dataset.hidden = "1"; continue; }
      delete label.dataset.hidden;
      label.setAttribute("x", free[0] + pad - base.x);
      label.setAttribute("y", free[1] + pad - base.y);
      placed.push({ x: free[0], y: free[1], w, h });
    }
  }

  pages.network = async (_arg, params) => {
    const form = filterForm(params, (next) => { location.hash = `#/network?${next}`; });
    const out = el("div", {});
    const legend = el("div", { class: "legend" },
      el("span", {}, colored("swatch", COOP), "mostly cooperation (quad 1–2)"),
      el("span", {}, colored("swatch", CONFLICT), "mostly conflict (quad 3–4)"),
      el("span", { class: "muted", text: "wheel or +/− to zoom, drag the background to pan, drag an actor to move it, click it for its profile" }));
    main.replaceChildren(el("h1", { text: "Network" }), form, legend, out);
    try {
      const data = await api(`/api/network?${filterQuery(params)}&max_edges=120`);
      if (!data.nodes.length) { out.append(el("p", { class: "muted", text: "No events with both a source and a target match." })); return; }
      const [width, height] = [1100, 680];
      layout(data.nodes, data.edges, width, height);
      const byKey = new Map(data.nodes.map((n) => [n.key, n]));
      const maxEvents = Math.max(...data.nodes.map((n) => n.events));
      const radius = (n) => 5 + 14 * Math.sqrt(n.events / maxEvents);
      const view = { k: 1, x: 0, y: 0 };
      const viewport = svg("g", { class: "viewport", "data-testid": "network-viewport" });
      const chart = svg("svg", { class: "chart network", viewBox: `0 0 ${width} ${height}`, "data-testid": "network-chart" },
        svg("defs", {}, [["coop", COOP], ["conflict", CONFLICT]].map(([id, color]) =>
          svg("marker", { id: `arrow-${id}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
            svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color })))),
        svg("rect", { class: "backdrop", x: 0, y: 0, width, height, fill: "transparent" }), viewport);
      const edgeLayer = svg("g", {}), nodeLayer = svg("g", {}), labelLayer = svg("g", { class: "labels" });
      viewport.append(edgeLayer, nodeLayer, labelLayer);
      const applyView = () => {
        viewport.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
        chart.dataset.zoom = view.k.toFixed(3);
      };
      const drawEdge = (e) => {
        const a = byKey.get(e.source), b = byKey.get(e.target);
        const ox = b.x - a.x, oy = b.y - a.y, d = Math.max(1, Math.hypot(ox, oy));
        const rb = radius(b) + 2;
        e.line.setAttribute("x1", a.x); e.line.setAttribute("y1", a.y);
        e.line.setAttribute("x2", b.x - (ox / d) * rb); e.line.setAttribute("y2", b.y - (oy / d) * rb);
      };
      for (const e of data.edges) {
        const a = byKey.get(e.source), b = byKey.get(e.target);
        const conflict = e.conflict > e.cooperation;
        e.line = svg("line", { class: "edge", "data-testid": "network-edge", "data-kind": conflict ? "conflict" : "cooperation",
          stroke: conflict ? CONFLICT : COOP, "stroke-width": 1 + Math.log2(1 + e.events),
          "marker-end": `url(#arrow-${conflict ? "conflict" : "coop"})` },
          title(`${a.name} → ${b.name}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`));
        drawEdge(e);
        edgeLayer.append(e.line);
      }
      const toGraph = (event) => {
        const point = chart.createSVGPoint();
        point.x = event.clientX; point.y = event.clientY;
        const p = point.matrixTransform(chart.getScreenCTM().inverse());
        return { x: (p.x - view.x) / view.k, y: (p.y - view.y) / view.k, sx: p.x, sy: p.y };
      };
      for (const n of data.nodes) {
        n.label = svg("text", { class: "node-label", "data-testid": "network-label", "data-key": n.key, lang: isDeva(n.name) ? "hi" : null, text: n.name });
        n.group = svg("g", { class: "node", "data-testid": "network-node", "data-key": n.key,
          transform: `translate(${n.x},${n.y})`, tabindex: 0, role: "link",
          onkeydown: (e) => { if (e.key === "Enter") location.hash = `#/actor/${encodeURIComponent(n.key)}`; } },
          svg("circle", { r: radius(n), fill: "#4a6fa5" }),
          title(`${n.name}${n.country ? " (" + n.country + ")" : ""}: ${n.events} events`));
        let drag = null;
        n.group.addEventListener("pointerdown", (e) => {
          e.stopPropagation();
          drag = { start: toGraph(e), x: n.x, y: n.y, moved: false };
          n.group.setPointerCapture(e.pointerId);
        });
        n.group.addEventListener("pointermove", (e) => {
          if (!drag) return;
          const p = toGraph(e);
          if (!drag.moved && Math.hypot(p.x - drag.start.x, p.y - drag.start.y) * view.k < 3) return;
          drag.moved = true;
          n.x = drag.x + p.x - drag.start.x; n.y = drag.y + p.y - drag.start.y;
          n.group.setAttribute("transform", `translate(${n.x},${n.y})`);
          for (const edge of data.edges) if (edge.source === n.key || edge.target === n.key) drawEdge(edge);
          n.label.setAttribute("visibility", "hidden");
        });
        n.group.addEventListener("pointerup", () => {
          const moved = drag && drag.moved;
          drag = null;
          if (moved) placeLabels(data.nodes, radius, width, height);
          else location.hash = `#/actor/${encodeURIComponent(n.key)}`;
        });
        nodeLayer.append(n.group);
        labelLayer.append(n.label);
      }
      let pan = null;
      chart.addEventListener("pointerdown", (e) => {
        const p = toGraph(e);
        pan = { sx: p.sx, sy: p.sy, x: view.x, y: view.y };
        chart.setPointerCapture(e.pointerId);
      });
      chart.addEventListener("pointermove", (e) => {
        if (!pan) return;
        const p = toGraph(e);
        view.x = pan.x + p.sx - pan.sx; view.y = pan.y + p.sy - pan.sy;
        applyView();
      });
      chart.addEventListener("pointerup", () => { pan = null; });
      const zoomAt = (factor, sx, sy) => {
        const k = Math.min(8, Math.max(0.25, view.k * factor));
        view.x = sx - (sx - view.x) * (k / view.k);
        view.y = sy - (sy - view.y) * (k / view.k);
        view.k = k;
        applyView();
      };
      chart.addEventListener("wheel", (e) => {
        e.preventDefault();
        const p = toGraph(e);
        zoomAt(e.deltaY < 0 ? 1.2 : 1 / 1.2, p.sx, p.sy);
      }, { passive: false });
      const controls = el("div", { class: "zoom-controls" },
        el("button", { type: "button", class: "plain", "data-testid": "zoom-in", title: "zoom in", onclick: () => zoomAt(1.25, width / 2, height / 2), text: "+" }),
        el("button", { type: "button", class: "plain", "data-testid": "zoom-out", title: "zoom out", onclick: () => zoomAt(0.8, width / 2, height / 2), text: "−" }),
        el("button", { type: "button", class: "plain", "data-testid": "zoom-reset", onclick: () => { Object.assign(view, { k: 1, x: 0, y: 0 }); applyView(); }, text: "reset" }));
      applyView();
      out.append(controls, chart, el("p", { class: "muted", text: `${data.nodes.length} actors, ${data.edges.length} source→target pairs.` }));
      placeLabels(data.nodes, radius, width, height); // needs the chart in the document to measure the labels
    } catch (error) { showError(out, error); }
  };

  let worldCache = null;
  async function world() {
    if (!worldCache) {
      if (!window.topojson || !window.d3 || !window.d3.geoPath) throw new Error("the map libraries are not installed (run scripts/install.sh)");
      const topo = await api("/vendor/countries-110m.json");
      worldCache = topojson.feature(topo, topo.objects.countries);
    }
    return worldCache;
  }

  function clusterTable(items, testid) {
    // One row per event cluster (a real-world event), its reports listed under it.
    const body = el("tbody", {});
    for (const c of items) {
      body.append(el("tr", { class: "cluster-row", "data-testid": "cluster-row", "data-cluster": c.cluster_id },
        el("td", { text: c.date || "?", title: c.date ? null : `undated; first reported ${(c.first_seen || "").slice(0, 10)}` }),
        el("td", {}, actorLink(keyOf(c.source_kb_id, c.source_name), c.source_name)),
        el("td", {}, colored("quad-dot", QUAD_COLOR[c.quad_class] || "#999", QUAD[c.quad_class]),
          `${c.plover || ""} `, el("span", { class: "muted", text: c.cameo })),
        el("td", {}, actorLink(keyOf(c.target_kb_id, c.target_name), c.target_name)),
        el("td", { text: c.location_name || "" }),
        el("td", { "data-testid": "cluster-counts", text: `${c.num_articles} reports · ${c.num_sources} outlets · ${c.num_mentions} mentions` }),
        el("td", {}, c.story_id ? el("a", { href: `#/story/${encodeURIComponent(c.story_id)}`, text: "story →" }) : "")));
      for (const m of c.members || []) {
        body.append(el("tr", { class: "member-row", "data-testid": "member-row" },
          el("td", {}), el("td", { colspan: 5 },
            el("a", { href: `#/article/${encodeURIComponent(m.article_id)}?s=${m.sentence}` }, textEl("span", (m.sentence_text || "").slice(0, 220))),
            el("span", { class: "muted", text: ` — ${m.article_id} (${m.lang || "?"}, ${m.status})` })),
          el("td", {})));
      }
    }
    return el("table", { class: "data clusters", "data-testid": testid },
      el("thead", {}, el("tr", {}, ["date", "who", "what", "whom", "where", "reports", ""].map((h) => el("th", { text: h })))), body);
  }

  pages.map = async (_arg, params) => {
    const form = filterForm(params, (next) => { location.hash = `#/map?${next}`; });
    const out = el("div", {});
    const table = el("div", { "data-testid": "map-table" });
    const levels = el("div", { class: "legend" },
      el("span", {}, svg("svg", { width: 14, height: 14 }, svg("circle", { cx: 7, cy: 7, r: 5, class: "point city", fill: "#888" })), "city"),
      el("span", {}, svg("svg", { width: 14, height: 14 }, svg("circle", { cx: 7, cy: 7, r: 5, class: "point state", fill: "#888" })), "state / province (centroid)"),
      el("span", {}, svg("svg", { width: 14, height: 14 }, svg("circle", { cx: 7, cy: 7, r: 5, class: "point country", fill: "#888" })), "country (centroid)"),
      el("span", { class: "muted", text: "click a place to list its events" }));
    main.replaceChildren(el("h1", { text: "Map" }), form, quadLegend(), levels, out, table);
    const showPlace = async (place) => {
      for (const node of document.querySelectorAll(".point.selected")) node.classList.remove("selected");
      const query = filterQuery(params);
      query.set("place", place.name);
      query.set("members", "true");
      query.set("limit", "100");
      table.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
      try {
        const page = await api(`/api/clusters?${query}`);
        table.replaceChildren(el("h2", { "data-testid": "map-selection", text: `${place.name}: ${page.total} events (${place.events} reports)` }),
          clusterTable(page.items, "map-events"));
      } catch (error) { table.replaceChildren(); showError(table, error); }
    };
    try {
      const [countries, places] = await Promise.all([world(), api(`/api/map?${filterQuery(params)}&limit=1000`)]);
      const [width, height] = [1100, 560];
      const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: "Sphere" });
      const path = d3.geoPath(projection);
      const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, "data-testid": "map-chart" },
        svg("path", { class: "sphere", d: path({ type: "Sphere" }) }),
        svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }),
        svg("g", { "data-testid": "map-countries" }, countries.features.map((f) =>
          svg("path", { class: "country", d: path(f) || "" }, title(f.properties.name || "")))));
      const max = Math.max(1, ...places.map((p) => p.events));
      for (const place of [...places].reverse()) {
        const xy = projection([place.lon, place.lat]);
        if (!xy) continue;
        const counts = [1, 2, 3, 4].map((q) => place[`quad${q}`]);
        const dominant = counts.indexOf(Math.max(...counts)) + 1;
        const point = svg("circle", { class: `point ${place.level}`, "data-testid": "map-point", "data-name": place.name,
          "data-level": place.level, tabindex: 0, role: "button",
          cx: xy[0], cy: xy[1], r: 4 + 16 * Math.sqrt(place.events / max), fill: QUAD_COLOR[dominant] },
          title(`${place.names.join(" / ")}${place.country ? " (" + place.country + ")" : ""}, ${place.level}: ${place.events} reports of ${place.clusters} events — ` +
            [1, 2, 3, 4].filter((q) => place[`quad${q}`]).map((q) => `${QUAD[q]} ${place[`quad${q}`]}`).join(", ")));
        const select = () => { showPlace(place); point.classList.add("selected"); };
        point.addEventListener("click", select);
        point.addEventListener("keydown", (e) => { if (e.key === "Enter") select(); });
        chart.append(point);
      }
      const byLevel = (level) => places.filter((p) => p.level === level).reduce((a, p) => a + p.events, 0);
      out.append(chart, el("p", { class: "muted", "data-testid": "map-summary",
        text: `${places.length} places: ${byLevel("city")} reports at cities, ${byLevel("state")} at states and ${byLevel("country")} at countries (centroids). Country outlines: Natural Earth via the world-atlas package.` }));
    } catch (error) { showError(out, error); }
  };

  // --- stories, event clusters, quotes ------------------------------------------------------------
  function clusteredCheckbox(params) {
    const box = el("input", { type: "checkbox", name: "clustered", value: "1", "data-testid": "group-by-cluster" });
    box.checked = Boolean(params.get("clustered"));
    return el("label", {}, "One row per event", box);
  }

  async function clusteredEvents(params) {
    const limit = 50;
    const offset = Number(params.get("offset") || 0);
    const query = filterQuery(params, ["actor_key", "article_id"]);
    const form = filterForm(params, (next) => { location.hash = `#/events?${next}`; }, clusteredCheckbox(params));
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Events, one row per real-world event" }), form, out);
    try {
      const page = await api(`/api/clusters?${query}&members=true&limit=${limit}&offset=${offset}`);
      const pageParams = (delta) => { const p = new URLSearchParams(query); p.set("clustered", "1"); p.set("offset", offset + delta); return `#/events?${p}`; };
      out.replaceChildren(el("div", { class: "pager" },
        el("span", { "data-testid": "cluster-total", text: `${page.total} events (clusters of reports)` }),
        offset > 0 ? el("a", { href: pageParams(-limit), text: "← previous" }) : null,
        offset + limit < page.total ? el("a", { href: pageParams(limit), text: "next →" }) : null),
        clusterTable(page.items, "clusters-table"));
    } catch (error) { showError(out, error); }
  }

  pages.stories = async (_arg, params) => {
    const fields = [["actor", "Actor (any script)", "text"], ["lang", "Language", "text"], ["date_from", "From", "date"],
                    ["date_to", "To", "date"], ["min_articles", "Min. reports", "number"]].map(([name, label, kind]) => {
      const input = el("input", { name, type: kind, size: name === "actor" ? 16 : 6, min: kind === "number" ? 1 : null });
      input.value = params.get(name) || "";
      return el("label", {}, label, input);
    });
    const form = el("form", { class: "filters panel", "data-testid": "story-filters" }, fields, el("button", { type: "submit", text: "Apply" }));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const next = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (String(value).trim()) next.set(key, String(value).trim());
      location.hash = `#/stories?${next}`;
    });
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Stories" }),
      el("p", { class: "muted", text: "Articles that report the same events are one story, whatever their language or script." }), form, out);
    try {
      const query = new URLSearchParams();
      for (const name of ["actor", "lang", "date_from", "date_to", "min_articles"]) if (params.get(name)) query.set(name, params.get(name));
      const page = await api(`/api/stories?${query}&limit=100`);
      out.append(el("p", { class: "muted", "data-testid": "story-total", text: `${page.total} stories` }),
        el("table", { class: "data", "data-testid": "stories-table" },
          el("thead", {}, el("tr", {}, ["story", "reports", "outlets", "events", "languages", "first seen", "actors"].map((h) => el("th", { text: h })))),
          el("tbody", {}, page.items.map((s) => el("tr", { "data-testid": "story-row", "data-story": s.story_id },
            el("td", {}, el("a", { href: `#/story/${encodeURIComponent(s.story_id)}` }, textEl("span", s.title || s.earliest_article_id))),
            el("td", { text: s.num_articles }), el("td", { text: s.num_sources }), el("td", { text: s.num_clusters }),
            el("td", { text: (s.langs || []).join(", ") }), el("td", { text: (s.first_seen || "").slice(0, 10) }),
            el("td", {}, (s.actors || []).slice(0, 5).map((key, i) => [i ? ", " : "", actorLink(key, s.actor_names[i])])))))));
    } catch (error) { showError(out, error); }
  };

  function reportColumn(article) {
    // One report: its text cut into sentences (ids report-<article>-s<n>) for highlighting.
    const text = article.text || "";
    const body = el("div", { class: "doc-text report-text", lang: article.lang || null });
    let position = 0;
    (article.sentences.length ? article.sentences : [{ start: 0, end: text.length }]).forEach((s, i) => {
      if (s.start > position) body.append(text.slice(position, s.start));
      body.append(el("span", { class: "sentence", "data-sentence": i, text: text.slice(s.start, s.end) }));
      position = Math.max(position, s.end);
    });
    if (position < text.length) body.append(text.slice(position));
    return el("section", { class: "report panel", "data-testid": "story-report", "data-article": article.id, lang: article.lang || null },
      el("h3", {}, el("a", { href: `#/article/${encodeURIComponent(article.id)}` }, textEl("span", article.title || article.id))),
      el("p", { class: "meta-line", text: [article.lang, article.outlet, article.published ? article.published.slice(0, 10) : null].filter(Boolean).join(" · ") }),
      body);
  }

  pages.story = async (arg) => {
    main.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
    try {
      const story = await api(`/api/stories/${encodeURIComponent(arg)}`);
      // Languages interleaved (the first report in each language first), so both scripts sit side by side.
      const seen = new Map();
      const ordered = story.articles.map((a, i) => {
        const rank = seen.get(a.lang) || 0;
        seen.set(a.lang, rank + 1);
        return [rank, i, a];
      }).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, , a]) => a);
      const columns = new Map(ordered.map((a) => [a.id, reportColumn(a)]));
      const highlight = (cluster, card) => {
        for (const node of main.querySelectorAll(".cluster-card.selected")) node.classList.remove("selected");
        for (const node of main.querySelectorAll(".report .sentence.hl")) { node.classList.remove("hl"); node.replaceChildren(node.textContent); }
        card.classList.add("selected");
        for (const m of cluster.members) {
          const column = columns.get(m.article_id);
          if (!column) continue;
          const sentence = column.querySelector(`.sentence[data-sentence="${m.sentence}"]`);
          if (!sentence) continue;
          sentence.classList.add("hl");
          // Mark the trigger inside the sentence (offsets are into the article's text).
          const article = story.articles.find((a) => a.id === m.article_id);
          const s = article.sentences[m.sentence];
          const text = sentence.textContent;
          const [a, b] = [m.trigger_start - s.start, m.trigger_end - s.start];
          if (a >= 0 && b <= text.length && a < b) {
            sentence.replaceChildren(text.slice(0, a), el("b", { class: `trigger q${cluster.quad_class || 1}`, text: text.slice(a, b) }), text.slice(b));
          }
          const body = column.querySelector(".report-text");
          body.scrollTop = Math.max(0, sentence.offsetTop - body.offsetTop - 40);
        }
      };
      const shown = story.clusters.filter((c) => c.num_articles > 1 || story.articles.length === 1);
      const rest = story.clusters.length - shown.length;
      const cards = shown.map((c) => {
        const card = el("article", { class: `card cluster-card q${c.quad_class || 1}`, "data-testid": "story-cluster", "data-cluster": c.cluster_id,
                                     "data-articles": c.num_articles, tabindex: 0 },
          el("h3", {}, el("span", { text: `${c.plover || "?"} · CAMEO ${c.cameo}` }),
            el("span", { class: "muted", "data-testid": "story-cluster-counts", text: `${c.num_articles} reports · ${c.num_sources} outlets · ${c.num_mentions} mentions` })),
          el("p", {}, actorLink(keyOf(c.source_kb_id, c.source_name), c.source_name), " → ", actorLink(keyOf(c.target_kb_id, c.target_name), c.target_name),
            el("span", { class: "muted", text: ` ${c.date || ""} ${c.location_name || ""}` })),
          el("ul", { class: "member-list" }, c.members.map((m) => el("li", {},
            el("span", { class: "tag", text: m.lang || "?" }), " ", textEl("span", (m.sentence_text || "").slice(0, 140)),
            el("span", { class: "muted", text: ` — ${m.article_id}` })))));
        card.addEventListener("click", () => highlight(c, card));
        card.addEventListener("keydown", (e) => { if (e.key === "Enter") highlight(c, card); });
        return card;
      });
      main.replaceChildren(
        el("h1", { "data-testid": "story-title" }, textEl("span", story.title || story.story_id)),
        el("p", { class: "meta-line", "data-testid": "story-meta",
          text: `${story.num_articles} reports from ${story.num_sources} outlets in ${(story.langs || []).join(" and ")} · ${story.num_clusters} events · first seen ${(story.first_seen || "").slice(0, 10)}` }),
        el("h2", { text: "The same events in every report" }),
        el("p", { class: "muted", text: "Click an event: each report's sentence stating it is highlighted, trigger in bold." }),
        el("div", { class: "cluster-cards", "data-testid": "story-clusters" }, cards,
          rest ? el("p", { class: "muted", text: `${rest} more events reported once.` }) : null),
        el("h2", { text: "Reports side by side" }),
        el("div", { class: "reports", "data-testid": "story-reports" }, [...columns.values()]));
      if (cards.length) highlight(shown[0], cards[0]);
    } catch (error) { main.replaceChildren(); showError(main, error); }
  };

  pages.quotes = async (_arg, params) => {
    const input = el("input", { name: "speaker", placeholder: "speaker, any script: शोइगु, Wang Yi…", size: 30 });
    input.value = params.get("speaker") || "";
    const form = el("form", { class: "filters panel" }, el("label", {}, "Speaker", input), el("button", { type: "submit", text: "Search" }));
    form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = `#/quotes?speaker=${encodeURIComponent(input.value.trim())}`; });
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Quotes" }), form, out);
    try {
      const speaker = params.get("speaker") || "";
      const page = await api(`/api/quotes?limit=200${speaker ? "&speaker=" + encodeURIComponent(speaker) : ""}`);
      out.append(el("p", { class: "muted", "data-testid": "quote-total", text: `${page.total} quotes` }),
        el("table", { class: "data", "data-testid": "quotes-table" },
          el("thead", {}, el("tr", {}, ["speaker", "quote", "kind", "published", "article"].map((h) => el("th", { text: h })))),
          el("tbody", {}, page.items.map((q) => el("tr", { "data-testid": "quote-row" },
            el("td", {}, q.speaker_name ? el("a", { href: `#/quotes?speaker=${encodeURIComponent(q.speaker_name)}` }, textEl("span", q.speaker_name)) : el("span", { class: "muted", text: "?" })),
            el("td", {}, textEl("q", q.text)),
            el("td", { text: q.direct ? "direct" : "reported" }),
            el("td", { text: q.published ? String(q.published).slice(0, 10) : "?" }),
            el("td", {}, el("a", { href: `#/article/${encodeURIComponent(q.article_id)}`, text: q.article_id })))))));
    } catch (error) { showError(out, error); }
  };

  pages.actor = async (arg) => {
    main.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
    try {
      const p = await api(`/api/actors/${encodeURIComponent(arg).replace(/%3A/g, ":")}`);
      const events = p.events ? await api(`/api/events?actor_key=${encodeURIComponent(p.key)}&limit=25`) : { items: [], total: 0 };
      const kb = p.kb;
      const list = (items, render) => items.length ? el("ul", {}, items.map(render)) : el("p", { class: "muted", text: "none" });
      main.replaceChildren(
        el("h1", { "data-testid": "actor-name" }, textEl("span", p.name), " ",
          el("span", { class: "muted", text: [p.type, p.country, p.actor_code || (kb && kb.current_code)].filter(Boolean).join(" · ") })),
        el("p", { "data-testid": "actor-counts", text: `${p.events} events (${p.as_source} as source, ${p.as_target} as target) · ${p.articles} articles · ${p.mentions} mentions · ${p.quotes} quotes` }),
        el("div", { class: "profile-grid" },
          el("section", { class: "panel" }, el("h2", { text: "Names as written" }),
            el("div", {}, p.spellings.map((s) => textEl("span", `${s.text} ×${s.count}`, { class: "tag" }))),
            kb && kb.aliases.length ? [el("h2", { text: "Knowledge-base aliases" }),
              el("div", {}, kb.aliases.slice(0, 40).map((a) => textEl("span", a, { class: "tag" })))] : null),
          el("section", { class: "panel" }, el("h2", { text: "Roles" }),
            kb ? list(kb.roles, (r) => el("li", { text: `${r.title}${r.org ? ", " + r.org : ""} (${r.start || "?"} – ${r.end || "now"})` })) : null,
            el("h2", { text: "Roles seen in articles" }),
            list(p.roles, (r) => el("li", { text: `${r.role} ×${r.count}` }))),
          el("section", { class: "panel" }, el("h2", { text: "Event types" }),
            list(p.event_types, (t) => el("li", { text: `${t.type} (${QUAD[t.quad_class] || "?"}): ${t.as_source} as source, ${t.as_target} as target` })),
            el("h2", { text: "Partners" }),
            list(p.partners, (o) => el("li", {}, actorLink(o.key, o.name), ` — ${o.events} events (${o.cooperation} coop., ${o.conflict} conflict)`)))),
        el("h2", {}, `Events (${events.total}) `, el("a", { href: `#/events?actor_key=${encodeURIComponent(p.key)}`, text: "all →" })),
        el("table", { class: "data" }, el("tbody", {}, events.items.map((ev) => el("tr", {},
          el("td", { text: ev.date || "?" }),
          el("td", {}, actorLink(keyOf(ev.source_kb_id, ev.source_name), ev.source_name)),
          el("td", { text: `${ev.plover || ""} ${ev.cameo}` }),
          el("td", {}, actorLink(keyOf(ev.target_kb_id, ev.target_name), ev.target_name)),
          el("td", {}, el("a", { href: `#/article/${encodeURIComponent(ev.article_id)}?s=${ev.sentence}` },
            textEl("span", (ev.sentence_text || "").slice(0, 160)))))))));
    } catch (error) { main.replaceChildren(); showError(main, error); }
  };

  pages.actors = async (_arg, params) => {
    const input = el("input", { name: "q", placeholder: "name in any script: शोइगु, Shoigu…", size: 30 });
    input.value = params.get("q") || "";
    const form = el("form", { class: "filters panel" }, el("label", {}, "Actor", input), el("button", { type: "submit", text: "Search" }));
    form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = `#/actors?q=${encodeURIComponent(input.value.trim())}`; });
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Actors" }), form, out);
    try {
      const data = await api(`/api/actors?q=${encodeURIComponent(params.get("q") || "")}&limit=50`);
      out.append(el("table", { class: "data" },
        el("thead", {}, el("tr", {}, ["actor", "type", "country", "code", "events", "articles", "in store"].map((h) => el("th", { text: h })))),
        el("tbody", {}, data.items.map((a) => el("tr", {},
          el("td", {}, actorLink(a.key, a.name)), el("td", { text: a.type || "" }), el("td", { text: a.country || "" }),
          el("td", { text: a.actor_code || "" }), el("td", { text: a.events }), el("td", { text: a.articles }),
          el("td", { text: a.in_store ? "yes" : "knowledge base only" }))))));
    } catch (error) { showError(out, error); }
  };

  pages.articles = async (_arg, params) => {
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Articles" }), out);
    try {
      const data = await api(`/api/articles?limit=200&${params.get("lang") ? "lang=" + encodeURIComponent(params.get("lang")) : ""}`);
      out.append(el("p", { class: "muted", text: `${data.total} stored articles` }), el("table", { class: "data" },
        el("thead", {}, el("tr", {}, ["published", "article", "outlet", "lang", "events", "quotes"].map((h) => el("th", { text: h })))),
        el("tbody", {}, data.items.map((a) => el("tr", {},
          el("td", { text: a.published ? a.published.slice(0, 10) : "?" }),
          el("td", {}, el("a", { href: `#/article/${encodeURIComponent(a.id)}` }, textEl("span", a.title || a.id))),
          el("td", { text: a.outlet || "" }), el("td", { text: a.lang || "" }),
          el("td", { text: a.events }), el("td", { text: a.quotes }))))));
    } catch (error) { showError(out, error); }
  };

  function snippet(text) {
    // The API marks hits between U+0002 and U+0003.
    const node = el("p", { lang: isDeva(text) ? "hi" : null });
    const parts = (text || "").split(/(\u0002[^\u0003]*\u0003)/);
    for (const part of parts) {
      if (part.startsWith("\u0002")) node.append(el("mark", { text: part.slice(1, -1) }));
      else node.append(part);
    }
    return node;
  }

  pages.search = async (_arg, params) => {
    const q = params.get("q") || "";
    const out = el("div", { "data-testid": "search-results" });
    main.replaceChildren(el("h1", {}, "Search: ", textEl("span", q)), out);
    document.querySelector("#search-form input").value = q;
    try {
      const data = await api(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
      out.append(el("p", { class: "muted", text: `${data.total} articles` }),
        ...data.items.map((hit) => el("div", { class: "search-hit", "data-testid": "search-hit" },
          el("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, textEl("b", hit.title || hit.id)),
          el("span", { class: "muted", text: ` ${hit.lang || ""} · ${hit.outlet || ""} · ${hit.published ? hit.published.slice(0, 10) : ""} · ${hit.events} events` }),
          snippet(hit.snippet))));
    } catch (error) { showError(out, error); }
  };

  // --- routing -------------------------------------------------------------------------------
  async function route() {
    const { page, arg, params } = parseHash();
    const render = pages[page] || pages.analyze;
    setActive(page === "actor" ? "actors" : page === "article" ? "articles" : page === "story" ? "stories" : page);
    document.body.dataset.page = page;
    document.body.removeAttribute("data-ready");
    try { await render(decodeURIComponent(arg), params); }
    finally { document.body.dataset.ready = page; } // tests wait for this
  }
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new FormData(e.target).get("q").trim();
    if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
  });
  window.addEventListener("hashchange", route);
  route();
})();
