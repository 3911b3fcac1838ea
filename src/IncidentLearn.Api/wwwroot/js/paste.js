// #/new — paste (or open) a write-up, see how it reads (POST /api/analyze), then save it (POST /api/incidents/import).
import { h, list, minutes } from "./dom.js";
import { request, getJson, problemView } from "./api.js";

const draftKey = "incidentlearn.draft";
const textBody = text => ({ method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });

export async function renderNew(page, context) {
  document.title = "Paste a write-up · IncidentLearn";
  const source = h("textarea", {
    id: "source", name: "source", rows: 16, spellcheck: false,
    placeholder: "Paste a post-mortem, a chat log, a time log, STAR notes, an article…",
    value: sessionStorage.getItem(draftKey) ?? "",
  });
  const file = h("input", { id: "source-file", type: "file", accept: ".txt,.md,.markdown,.log,text/*" });
  const analyse = h("button", { type: "submit", class: "primary" }, "Analyse");
  const status = h("p", { class: "count", "aria-live": "polite" });
  const result = h("div", { id: "analysis" });
  let analysed = null;

  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    source.value = await chosen.text();
    onEdit();
    status.textContent = `Read ${chosen.name} (${chosen.size.toLocaleString()} bytes). Press Analyse to see how it reads.`;
  });

  function onEdit() {
    sessionStorage.setItem(draftKey, source.value);
    if (analysed !== null && source.value !== analysed) {
      result.querySelector(".save-bar")?.replaceChildren(h("p", { class: "note" }, "The text changed since it was analysed: analyse it again before saving."));
      analysed = null;
    }
  }
  source.addEventListener("input", onEdit);

  const form = h("form", { class: "paste", onsubmit: async event => {
    event.preventDefault();
    const text = source.value;
    if (!text.trim()) {
      result.replaceChildren(problemView(new Error("Paste or open a write-up first.")));
      return;
    }
    analyse.disabled = true;
    status.textContent = "Reading…";
    try {
      const analysis = await getJson("/api/analyze", textBody(text));
      if (!context.stillHere()) return;
      analysed = text;
      status.textContent = "";
      result.replaceChildren(analysisView(analysis, () => save(text)));
      result.querySelector("h3")?.focus();
    } catch (error) {
      status.textContent = "";
      result.replaceChildren(problemView(error));
    } finally {
      analyse.disabled = false;
    }
  } },
    h("div", { class: "field" }, h("label", { for: "source" }, "Write-up text"), source),
    h("div", { class: "row" },
      h("div", { class: "field" }, h("label", { for: "source-file" }, "Or open a local file"), file),
      analyse));

  async function save(text) {
    const bar = result.querySelector(".save-bar");
    const button = bar.querySelector("button");
    button.disabled = true;
    bar.querySelector(".error")?.remove();
    try {
      const response = await request("/api/incidents/import", textBody(text));
      const body = await response.json();
      sessionStorage.removeItem(draftKey);
      context.navigate(`#/incidents/${body.id}`);
    } catch (error) {
      button.disabled = false;
      bar.append(problemView(error));
    }
  }

  page.append(
    h("h2", {}, "Paste a write-up"),
    h("p", { class: "lead" }, "Any shape works: a classic post-mortem, a Slack export, a time log, bullet notes or a STAR answer. ",
      "Analyse shows exactly what was read — and every line that was left out — before anything is stored."),
    form, status, result);
}

function timelineLine(events, span, m) {
  if (!events) return "No timeline events were found.";
  const known = [["detected", m.timeToDetect], ["mitigated", m.timeToMitigate], ["resolved", m.timeToResolve]]
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([what, value]) => `${what} after ${minutes(value)}`);
  return `${events} events over ${minutes(span)}; ` +
    (known.length ? `${known.join(", ")} (from the start of impact).` : "no detection, mitigation or resolution milestones were recognised.");
}

function part(label, value) {
  return [h("dt", {}, label), h("dd", {}, value || h("span", { class: "missing" }, "(nothing found)"))];
}

// A fact the text gives no section for was taken from a sentence whose wording says what it is: marked, to check first.
function fact(a, label, path, value) {
  if (!value) return null;
  const inferred = a.inferred?.includes(path);
  return [h("dt", {}, label, inferred ? h("span", { class: "badge inferred", title: "The text has no section for this; it was taken from a sentence that says so. Check it." }, "from a sentence") : null),
    h("dd", {}, value)];
}

function factsView(a) {
  const facts = [
    fact(a, "Impact", "impact", a.impact),
    fact(a, "Root cause", "rootCauses[0]", a.rootCauses.join(" ")),
    fact(a, "Trigger", "trigger", a.trigger),
    fact(a, "Detection", "detection", a.detection),
    fact(a, "Resolution", "resolution", a.resolution),
  ].filter(Boolean);
  return facts.length
    ? h("dl", { class: "facts", id: "analysed-facts" }, facts)
    : h("p", { class: "note", id: "analysed-facts" }, "No impact, cause, trigger, detection or resolution was stated in a way the reader recognised.");
}

function analysisView(a, onSave) {
  const lessons = Object.values(a.lessons ?? {}).reduce((n, items) => n + (items?.length ?? 0), 0);
  const counts = [
    ["Timeline events", a.timeline?.events?.length ?? 0],
    ["Action items", a.actionItems.length],
    ["Lessons", lessons],
    ["Follow-ups", a.followUps.length],
    ["Questions", a.questions.length],
    ["Figures", a.numbers.length],
  ];
  const findings = a.timeline?.findings ?? [];
  const metrics = a.timeline?.metrics ?? {};
  const heading = h("h3", { tabindex: -1 }, "What was read");

  return h("section", { class: "analysis", "aria-label": "Analysis" },
    heading,
    h("dl", { class: "facts" },
      h("dt", {}, "Shape"), h("dd", {}, h("span", { class: "badge shape", id: "shape" }, a.shape)),
      h("dt", {}, "Title"), h("dd", { id: "analysed-title" }, a.title),
      a.prompt ? [h("dt", {}, "Question"), h("dd", {}, a.prompt)] : null,
      a.summary ? [h("dt", {}, "Summary"), h("dd", {}, a.summary)] : null),
    h("ul", { class: "counts", "aria-label": "Counts" }, counts.map(([label, n]) => h("li", {}, h("strong", {}, String(n)), " ", label))),
    h("h4", {}, "What happened"),
    factsView(a),
    h("h4", {}, "STAR"),
    h("dl", { class: "star-parts" }, part("Situation", a.star.situation), part("Task", a.star.task), part("Action", a.star.action), part("Result", a.star.result)),
    h("h4", {}, "Timeline"),
    h("p", {}, timelineLine(a.timeline?.events?.length ?? 0, a.timeline?.spanMinutes, metrics)),
    findings.length ? h("ul", { class: "findings" }, findings.map(f => h("li", {}, h("span", { class: "badge" }, f.kind), " ", f.message)))
      : h("p", { class: "note" }, "No timeline findings."),
    h("h4", { id: "dropped-heading" }, `Dropped lines (${a.dropped.length})`),
    a.dropped.length
      ? h("ul", { class: "dropped", "aria-labelledby": "dropped-heading" }, a.dropped.map(d =>
          h("li", {}, h("span", { class: "line-no" }, `Line ${d.line}`), " ", h("code", {}, d.text), h("span", { class: "reason" }, d.reason))))
      : h("p", { class: "note" }, "No line was left out."),
    h("h4", { id: "warnings-heading" }, `Warnings (${a.warnings.length})`),
    list(a.warnings, "warnings") ?? h("p", { class: "note" }, "No warnings."),
    h("div", { class: "save-bar" },
      h("button", { type: "button", class: "primary", onclick: onSave }, "Save as an incident"),
      h("span", { class: "note" }, "Stores the record with its source text; you can edit it afterwards.")));
}
