// newsgraph explorer: draws bounded views from /api/view with vis-network,
// shows what was said about an entity (/api/entity) and runs SPARQL (/sparql).
// Text from documents is only ever set with textContent (never innerHTML), and
// vis-network tooltips get DOM elements, so an article cannot inject markup.
"use strict";

let CLASS_COLOURS = {}; // from /api/meta: the colours of `newsgraph render`
const MODALITY_EDGE = {
  asserted: { color: "#888", dashes: false },
  negated: { color: "#b00020", dashes: [6, 4] },
  hypothetical: { color: "#a15c00", dashes: [2, 4] },
};

const $ = (id) => document.getElementById(id);
const state = { focus: null, network: null, nodes: null, edges: null, meta: null, loaded: false };

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

function setStatus(text) { $("status").textContent = text; }

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

function filterParams() {
  const params = new URLSearchParams();
  const pairs = [["class", "f-class"], ["relation", "f-relation"], ["modality", "f-modality"],
    ["doc", "f-doc"], ["since", "f-since"], ["until", "f-until"]];
  for (const [name, id] of pairs) if ($(id).value) params.set(name, $(id).value);
  return params;
}

function fillSelect(select, entries) {
  for (const [value, label] of entries) select.appendChild(el("option", label, { value }));
}

function legend(classes) {
  const box = $("legend");
  box.replaceChildren();
  for (const cls of Object.keys(classes)) {
    const swatch = el("span");
    swatch.style.background = CLASS_COLOURS[cls] || "#999";
    box.append(swatch, document.createTextNode(cls || "?"));
  }
}

function tooltip(lines) {
  const box = el("div");
  for (const line of lines) if (line) box.appendChild(el("div", line));
  return box;
}

function visNode(node) {
  return {
    id: node.id,
    label: node.label,
    title: tooltip([`${node.label} (${node.cls})`, `${node.degree} statements`]),
    color: CLASS_COLOURS[node.cls] || "#999",
    value: node.rank,
    cls: node.cls,
  };
}

function visEdge(edge) {
  const style = MODALITY_EDGE[edge.modality] || MODALITY_EDGE.asserted;
  const label = edge.count > 1 ? `${edge.relation} ×${edge.count}` : edge.relation;
  return {
    id: edge.id, from: edge.from, to: edge.to, label, arrows: "to",
    color: { color: style.color }, dashes: style.dashes,
    title: tooltip([`${edge.relation} (${edge.modality})`, edge.evidence, edge.doc]),
  };
}

function makeNetwork() {
  state.nodes = new vis.DataSet();
  state.edges = new vis.DataSet();
  const options = {
    nodes: { shape: "dot", scaling: { min: 8, max: 40 }, font: { size: 13 } },
    edges: { smooth: false, font: { size: 10, align: "middle" }, width: 1 },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150 },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 120 },
      stabilization: { enabled: true, iterations: 200, updateInterval: 50 },
    },
  };
  const network = new vis.Network($("graph"), { nodes: state.nodes, edges: state.edges }, options);
  // Physics stops once the layout has settled, so the page stays idle and fast.
  network.on("stabilizationIterationsDone", () => {
    network.setOptions({ physics: { enabled: false } });
    if (!state.loaded || state.refit) network.fit();
    state.refit = false;
    markReady();
  });
  network.on("click", (event) => {
    if (event.nodes.length) openEntity(event.nodes[0], true);
  });
  state.network = network;
}

function markReady() {
  if (state.loaded) return;
  state.loaded = true;
  window.newsgraphReadyAt = performance.now();
  document.documentElement.dataset.ready = "true";
}

// Small views get a force layout that settles (physics then stops). A
// force layout of thousands of nodes takes tens of seconds in a browser, so a
// big view is laid out at once on a spiral, best-ranked entities in the
// centre, with physics off (expanding on click still works).
const LARGE_VIEW = 1500;

function stabilisationIterations(nodes, replace) {
  const budget = Math.round(40000 / Math.max(nodes, 1));
  return Math.max(25, Math.min(replace ? 200 : 100, budget));
}

function spiral(nodes) {
  const golden = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((node, index) => {
    const radius = 40 * Math.sqrt(index);
    node.x = radius * Math.cos(index * golden);
    node.y = radius * Math.sin(index * golden);
  });
}

function draw(view, replace, around) {
  const nodes = view.nodes.map(visNode);
  if (around && !replace) {
    const centre = state.network.getPositions([around])[around] || { x: 0, y: 0 };
    for (const node of nodes) {
      if (!state.nodes.get(node.id)) {
        node.x = centre.x + (Math.random() - 0.5) * 150;
        node.y = centre.y + (Math.random() - 0.5) * 150;
      }
    }
  }
  if (replace) { state.nodes.clear(); state.edges.clear(); state.refit = true; }
  const large = (replace ? nodes.length : state.nodes.length + nodes.length) > LARGE_VIEW;
  if (large) {
    if (replace) spiral(nodes); // otherwise the new nodes sit around the clicked one
    state.network.setOptions({ physics: { enabled: false } });
  }
  state.nodes.update(nodes);
  state.edges.update(view.edges.map(visEdge));
  if (large) {
    if (replace) state.network.fit();
    state.network.once("afterDrawing", markReady);
  } else {
    state.network.setOptions({ physics: { enabled: true } });
    state.network.stabilize(stabilisationIterations(state.nodes.length, replace));
  }
  setStatus(`${state.nodes.length} of ${view.total_entities} entities shown, ${state.edges.length} edges`);
  if (!view.nodes.length) markReady();
}

async function loadView(replace = true, around = null) {
  const params = filterParams();
  if (state.focus) {
    params.set("entity", state.focus);
    params.set("hops", "1");
  } else {
    params.set("top", $("f-top").value || "100");
  }
  setStatus("Loading…");
  try {
    draw(await getJSON(`/api/view?${params}`), replace, around);
  } catch (error) {
    setStatus(`Could not load the view: ${error.message}`);
    markReady();
  }
}

function entityLink(id, label) {
  const link = el("a", label, { class: "entity-link", role: "link", tabindex: "0" });
  link.addEventListener("click", () => focusEntity(id));
  link.addEventListener("keydown", (event) => { if (event.key === "Enter") focusEntity(id); });
  return link;
}

function statementItem(st) {
  const item = el("li", null, { class: `modality-${st.modality}` });
  const triple = el("div", null, { class: "triple" });
  triple.append(entityLink(st.subject, st.subject_label), document.createTextNode(` ${st.relation} `),
    entityLink(st.object, st.object_label));
  if (st.modality !== "asserted") triple.append(document.createTextNode(` (${st.modality})`));
  item.append(triple, el("blockquote", st.evidence, { class: "evidence" }));
  const source = [st.title || st.doc, st.date, st.start !== null ? `chars ${st.start}–${st.end}` : null]
    .filter(Boolean).join(" · ");
  const sourceLine = el("div", `Source: ${source}`, { class: "source" });
  if (st.url && /^https?:\/\//i.test(st.url)) {
    sourceLine.append(document.createTextNode(" · "),
      el("a", "open article", { href: st.url, target: "_blank", rel: "noopener noreferrer" }));
  }
  item.append(sourceLine);
  return item;
}

async function openEntity(id, expand) {
  try {
    const entity = await getJSON(`/api/entity?id=${encodeURIComponent(id)}`);
    $("entity").hidden = false;
    $("entity-label").textContent = entity.label;
    const aliases = entity.aliases.length ? ` · also: ${entity.aliases.join(", ")}` : "";
    $("entity-meta").textContent = `${entity.cls} · ${entity.statements.length} statements${aliases}`;
    $("statements").replaceChildren(...entity.statements.map(statementItem));
  } catch (error) {
    $("entity").hidden = false;
    $("entity-label").textContent = "Entity not found";
    $("entity-meta").textContent = error.message;
    $("statements").replaceChildren();
  }
  if (expand) {
    const params = filterParams();
    params.set("entity", id);
    params.set("hops", "1");
    try { draw(await getJSON(`/api/view?${params}`), false, id); } catch (error) { setStatus(error.message); }
  }
}

function focusEntity(id) {
  state.focus = id;
  $("search-results").hidden = true;
  loadView(true).then(() => {
    if (state.nodes.get(id)) state.network.selectNodes([id]); // unless the filters hide it
  });
  openEntity(id, false);
}

let searchTimer = null;
async function runSearch() {
  const text = $("search").value.trim();
  const list = $("search-results");
  if (!text) { list.hidden = true; return; }
  const answer = await getJSON(`/api/search?q=${encodeURIComponent(text)}&limit=15`);
  if (answer.query !== $("search").value.trim()) return; // a newer search is on its way
  list.replaceChildren(...answer.results.map((hit) => {
    const item = el("li");
    const button = el("button", `${hit.label} (${hit.cls}, ${hit.degree})`, { type: "button", "data-id": hit.id });
    button.addEventListener("click", () => focusEntity(hit.id));
    item.appendChild(button);
    return item;
  }));
  if (!answer.results.length) list.appendChild(el("li", "no entity found"));
  list.hidden = false;
}

function termText(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return `${term.value} @${term["xml:lang"]}`;
  if (term.type === "bnode") return `_:${term.value}`;
  if (term.type === "triple") return `<< ${termText(term.value.subject)} ${termText(term.value.predicate)} ${termText(term.value.object)} >>`;
  return term.value;
}

async function runSparql(event) {
  event.preventDefault();
  const status = $("sparql-status");
  const out = $("sparql-results");
  status.textContent = "Running…";
  status.className = "";
  out.replaceChildren();
  const started = performance.now();
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      body: $("sparql-query").value,
    });
  } catch (error) {
    status.textContent = `The server did not answer: ${error.message}`;
    status.className = "error";
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    status.textContent = `${response.status}: ${await response.text()}`;
    status.className = "error";
    return;
  }
  const capped = response.headers.get("X-SPARQL-MaxRows");
  const note = capped ? ` (cut at the server's limit of ${capped})` : "";
  if (type.includes("sparql-results+json")) {
    const data = await response.json();
    if ("boolean" in data) {
      status.textContent = `ASK: ${data.boolean} (${seconds} s)`;
      return;
    }
    const vars = data.head.vars;
    const table = el("table");
    const head = el("tr");
    for (const name of vars) head.appendChild(el("th", name));
    table.appendChild(el("thead")).appendChild(head);
    const body = table.appendChild(el("tbody"));
    for (const binding of data.results.bindings) {
      const row = el("tr");
      for (const name of vars) row.appendChild(el("td", termText(binding[name])));
      body.appendChild(row);
    }
    out.appendChild(table);
    status.textContent = `${data.results.bindings.length} rows${note} (${seconds} s)`;
  } else {
    out.appendChild(el("pre", await response.text()));
    status.textContent = `${type.split(";")[0]}${note} (${seconds} s)`;
  }
}

async function start() {
  makeNetwork();
  try {
    const meta = await getJSON("/api/meta");
    state.meta = meta;
    CLASS_COLOURS = meta.colours;
    fillSelect($("f-class"), Object.entries(meta.classes).map(([k, n]) => [k, `${k} (${n})`]));
    fillSelect($("f-relation"), Object.entries(meta.relations).map(([k, n]) => [k, `${k} (${n})`]));
    fillSelect($("f-modality"), Object.entries(meta.modalities).map(([k, n]) => [k, `${k} (${n})`]));
    fillSelect($("f-doc"), meta.documents.map((d) => [d.id, d.date ? `${d.date} ${d.title}` : d.title]));
    legend(meta.classes);
  } catch (error) {
    setStatus(`Could not read the graph: ${error.message}`);
  }
  for (const id of ["f-class", "f-relation", "f-modality", "f-doc", "f-since", "f-until", "f-top"]) {
    $(id).addEventListener("change", () => loadView(true));
  }
  $("reset").addEventListener("click", () => { state.focus = null; loadView(true); });
  $("search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(runSearch, 200); });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const first = $("search-results").querySelector("button");
    if (first) first.click(); else runSearch();
  });
  document.addEventListener("click", (event) => {
    if (!$("search-form").contains(event.target)) $("search-results").hidden = true;
  });
  $("search").addEventListener("keydown", (event) => {
    if (event.key === "Escape") $("search-results").hidden = true;
  });
  $("sparql-form").addEventListener("submit", runSparql);
  // ?top=N and ?entity=IRI choose the first view (links can share a view)
  const wanted = new URLSearchParams(window.location.search);
  if (wanted.get("top")) $("f-top").value = wanted.get("top");
  if (wanted.get("entity")) {
    focusEntity(wanted.get("entity"));
    return;
  }
  await loadView(true);
}

document.addEventListener("DOMContentLoaded", start);
