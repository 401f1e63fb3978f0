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
    ["country", "Country (ISO3: RUS, CHN…)", "text"],
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
  // Right-to-left scripts (Arabic, Hebrew, Syriac, Thaana) and the languages written in them.
  const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"]);
  const RTL_LANGS = new Set(["ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "ku", "dv", "ckb"]);
  const textDir = (contract) =>
    RTL_SCRIPTS.has(contract.script) || RTL_LANGS.has(contract.lang) ? "rtl" : "auto";
  function textEl(tag, text, attrs) {
    // dir="auto": each piece of text is laid out in the direction of its own first strong letter
    return el(tag, { dir: "auto", ...(attrs || {}), lang: isDeva(text) ? "hi" : null, text: text ?? "" });
  }
  function warningList(contract) {
    const warnings = contract.warnings || [];
    if (!warnings.length && contract.supported !== false) return null;
    return el("ul", { class: "warnings", role: "status", "data-testid": "warnings" },
      warnings.map((w) => el("li", {}, el("b", { text: w.code.replace(/_/g, " ") }), `: ${w.message}`)));
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
    const container = el("div", { class: "doc-text", lang: contract.lang || null, dir: textDir(contract),
                                  "data-testid": "doc-text" });
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
      warningList(contract),
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
        el("p", { class: "meta-line" }, record.url ? el("a", { href: record.url, rel: "noreferrer", text: record.url }) : record.origin),
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
    const limit = 50;
    const offset = Number(params.get("offset") || 0);
    const query = filterQuery(params, ["actor_key", "article_id"]);
    const form = filterForm(params, (next) => { location.hash = `#/events?${next}`; });
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

  pages.timeline = async (_arg, params) => {
    const bucket = params.get("bucket") || "day";
    const select = el("select", { name: "bucket" }, ["day", "week", "month"].map((b) => el("option", { value: b, text: b })));
    select.value = bucket;
    const form = filterForm(params, (next) => { location.hash = `#/timeline?${next}`; },
      el("label", {}, "Per", select));
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Timeline" }), form, quadLegend(), out);
    try {
      const query = filterQuery(params);
      query.set("bucket", bucket);
      const rows = await api(`/api/timeline?${query}`);
      if (!rows.length) { out.append(el("p", { class: "muted", text: "No dated events match." })); return; }
      const days = [...new Set(rows.map((r) => r.day))];
      const byDay = new Map(days.map((d) => [d, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
      for (const r of rows) byDay.get(r.day)[r.quad_class || 1] += r.events;
      const totals = days.map((d) => Object.values(byDay.get(d)).reduce((a, b) => a + b, 0));
      const max = Math.max(...totals);
      const width = Math.max(760, days.length * 16 + 80);
      const height = 320;
      const [left, bottom, top] = [48, 70, 16];
      const step = (width - left - 16) / days.length;
      const barWidth = Math.max(2, Math.min(28, step * 0.8));
      const y = (v) => top + (height - top - bottom) * (1 - v / max);
      const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, "data-testid": "timeline-chart",
                                 role: "img", "aria-label": "events per day by quad class" });
      const axis = svg("g", { class: "axis" });
      for (let t = 0; t <= 4; t++) {
        const v = Math.round((max * t) / 4);
        axis.append(svg("line", { x1: left - 4, x2: width - 10, y1: y(v), y2: y(v), "stroke-dasharray": "2 3" }),
          svg("text", { x: left - 8, y: y(v) + 4, "text-anchor": "end", text: v }));
      }
      chart.append(axis);
      const labelEvery = Math.ceil(days.length / Math.floor((width - left) / 70));
      days.forEach((day, i) => {
        const x = left + i * step + (step - barWidth) / 2;
        const counts = byDay.get(day);
        let acc = 0;
        const group = svg("g", { "data-testid": "timeline-bar", "data-day": day, "data-events": totals[i] },
          title(`${day}: ${totals[i]} events — ` + [1, 2, 3, 4].filter((q) => counts[q]).map((q) => `${QUAD[q]} ${counts[q]}`).join(", ")));
        for (const q of [1, 2, 3, 4]) {
          if (!counts[q]) continue;
          group.append(svg("rect", { x, width: barWidth, y: y(acc + counts[q]), height: y(acc) - y(acc + counts[q]),
                                     fill: QUAD_COLOR[q], "data-quad": q }));
          acc += counts[q];
        }
        group.addEventListener("click", () => {
          const p = filterQuery(params);
          p.set("date_from", day);
          if (bucket === "day") p.set("date_to", day);
          location.hash = `#/events?${p}`;
        });
        chart.append(group);
        if (i % labelEvery === 0) {
          chart.append(svg("text", { class: "axis", x: x + barWidth / 2, y: height - bottom + 12, "font-size": 11, fill: "#5d6675",
                                     transform: `rotate(45 ${x + barWidth / 2} ${height - bottom + 12})`, text: day }));
        }
      });
      out.append(chart, el("p", { class: "muted", text: `${totals.reduce((a, b) => a + b, 0)} dated events on ${days.length} ${bucket}s; click a bar for its events.` }));
    } catch (error) { showError(out, error); }
  };

  function layout(nodes, edges, width, height) {
    // Fruchterman–Reingold: pairwise repulsion k²/d, springs d²/k along edges, a pull to the centre
    // (keeps unconnected pairs on screen), moves capped by a cooling temperature.
    const index = new Map(nodes.map((n, i) => [n.key, i]));
    const [cx, cy] = [width / 2, height / 2];
    nodes.forEach((n, i) => {
      const angle = 2.4 * i; // golden-angle spiral: deterministic and spread out
      const r = Math.sqrt(i + 0.5) / Math.sqrt(nodes.length) * Math.min(width, height) * 0.45;
      n.x = cx + r * Math.cos(angle);
      n.y = cy + r * Math.sin(angle);
    });
    const k = 0.6 * Math.sqrt((width * height) / Math.max(1, nodes.length));
    const iterations = 400;
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
        dx[i] += ox * d / k * 0.4; dy[i] += oy * d / k * 0.4;
        const step = Math.hypot(dx[i], dy[i]) || 1;
        const move = Math.min(step, temperature);
        n.x = Math.min(width - 90, Math.max(20, n.x + (dx[i] / step) * move));
        n.y = Math.min(height - 15, Math.max(15, n.y + (dy[i] / step) * move));
      });
    }
  }

  pages.network = async (_arg, params) => {
    const form = filterForm(params, (next) => { location.hash = `#/network?${next}`; });
    const out = el("div", {});
    const legend = el("div", { class: "legend" },
      el("span", {}, colored("swatch", COOP), "mostly cooperation (quad 1–2)"),
      el("span", {}, colored("swatch", CONFLICT), "mostly conflict (quad 3–4)"),
      el("span", { class: "muted", text: "click an actor for its profile" }));
    main.replaceChildren(el("h1", { text: "Network" }), form, legend, out);
    try {
      const data = await api(`/api/network?${filterQuery(params)}&max_edges=120`);
      if (!data.nodes.length) { out.append(el("p", { class: "muted", text: "No events with both a source and a target match." })); return; }
      const [width, height] = [1100, 680];
      layout(data.nodes, data.edges, width, height);
      const byKey = new Map(data.nodes.map((n) => [n.key, n]));
      const maxEvents = Math.max(...data.nodes.map((n) => n.events));
      const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, "data-testid": "network-chart" },
        svg("defs", {}, [["coop", COOP], ["conflict", CONFLICT]].map(([id, color]) =>
          svg("marker", { id: `arrow-${id}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
            svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color })))));
      const radius = (n) => 5 + 14 * Math.sqrt(n.events / maxEvents);
      for (const e of data.edges) {
        const a = byKey.get(e.source), b = byKey.get(e.target);
        const conflict = e.conflict > e.cooperation;
        const ox = b.x - a.x, oy = b.y - a.y, d = Math.max(1, Math.hypot(ox, oy));
        const rb = radius(b) + 2;
        chart.append(svg("line", { class: "edge", "data-testid": "network-edge", "data-kind": conflict ? "conflict" : "cooperation",
          x1: a.x, y1: a.y, x2: b.x - (ox / d) * rb, y2: b.y - (oy / d) * rb,
          stroke: conflict ? CONFLICT : COOP, "stroke-width": 1 + Math.log2(1 + e.events),
          "marker-end": `url(#arrow-${conflict ? "conflict" : "coop"})` },
          title(`${a.name} → ${b.name}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`)));
      }
      for (const n of data.nodes) {
        const group = svg("g", { class: "node", "data-testid": "network-node", "data-key": n.key,
          transform: `translate(${n.x},${n.y})`, tabindex: 0, role: "link",
          onclick: () => { location.hash = `#/actor/${encodeURIComponent(n.key)}`; },
          onkeydown: (e) => { if (e.key === "Enter") location.hash = `#/actor/${encodeURIComponent(n.key)}`; } },
          svg("circle", { r: radius(n), fill: "#4a6fa5" }),
          svg("text", { x: radius(n) + 3, y: 4, text: n.name }),
          title(`${n.name}${n.country ? " (" + n.country + ")" : ""}: ${n.events} events`));
        chart.append(group);
      }
      out.append(chart, el("p", { class: "muted", text: `${data.nodes.length} actors, ${data.edges.length} source→target pairs.` }));
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

  pages.map = async (_arg, params) => {
    const form = filterForm(params, (next) => { location.hash = `#/map?${next}`; });
    const out = el("div", {});
    main.replaceChildren(el("h1", { text: "Map" }), form, quadLegend(), out);
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
        chart.append(svg("circle", { class: "point", "data-testid": "map-point", "data-name": place.name,
          cx: xy[0], cy: xy[1], r: 4 + 16 * Math.sqrt(place.events / max), fill: QUAD_COLOR[dominant],
          onclick: () => { location.hash = `#/events?${new URLSearchParams({ ...Object.fromEntries(filterQuery(params)) })}`; } },
          title(`${place.name}${place.country ? " (" + place.country + ")" : ""}: ${place.events} events — ` +
            [1, 2, 3, 4].filter((q) => place[`quad${q}`]).map((q) => `${QUAD[q]} ${place[`quad${q}`]}`).join(", "))));
      }
      out.append(chart, el("p", { class: "muted", text: `${places.length} places with located events. Country outlines: Natural Earth via the world-atlas package.` }));
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
    setActive(page === "actor" ? "actors" : page === "article" ? "articles" : page);
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
