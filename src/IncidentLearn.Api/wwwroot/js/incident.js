// #/incidents/{id} — one incident: header, the record's story, timeline, STAR answer, cards, exports, edit and delete.
import { h, badge, list, statusWord } from "./dom.js";
import { request, problemView } from "./api.js";
import { section, timelineSection, starSection, cardsSection } from "./story.js";
import { editForm } from "./edit.js";

/** GET the record with its ETag (the version PUT must name in If-Match). */
export async function loadIncident(id) {
  const response = await request(`/api/incidents/${id}`, { headers: { Accept: "application/json" }, cache: "no-store" });
  return { record: await response.json(), etag: response.headers.get("ETag") };
}

export async function renderIncident(page, context, id) {
  const loaded = await loadIncident(id);
  if (!context.stillHere()) return;
  await showView(page, context, loaded);
}

async function showView(page, context, loaded, notice) {
  const r = loaded.record;
  document.title = `${r.title} · IncidentLearn`;
  const errorBox = h("div", { class: "page-error" });
  const edit = h("button", { type: "button", onclick: () => showEdit(page, context, loaded) }, "Edit");
  const remove = h("button", { type: "button", class: "danger", onclick: async () => {
    if (!confirm(`Delete “${r.title}”? This cannot be undone.`)) return;
    try {
      await request(`/api/incidents/${r.id}`, { method: "DELETE" });
      context.navigate("#/");
    } catch (error) {
      errorBox.replaceChildren(problemView(error));
    }
  } }, "Delete");

  const exportLink = (format, label) => h("a", { href: `/api/incidents/${r.id}/export?format=${format}`, download: "" }, label);
  const header = h("header", { class: "incident-head" },
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "← All incidents")),
    h("h2", { id: "incident-title" }, r.title),
    h("p", { class: "meta" },
      r.date ? h("span", { class: "date" }, r.date) : null,
      badge(r.severity, "severity"),
      badge(statusWord(r.status), "status"),
      r.services.map(s => badge(s, "service"))),
    r.tags.length ? h("p", { class: "tags" }, r.tags.map(t => "#" + t).join(" ")) : null,
    h("div", { class: "actions" }, edit, remove,
      h("nav", { class: "exports", "aria-label": "Export" }, h("span", { class: "note" }, "Export:"),
        exportLink("pdf", "PDF"), exportLink("md", "Markdown"), exportLink("share-md", "Share Markdown"), exportLink("apkg", "Anki deck"), exportLink("study-pack", "Study pack"))));

  const parts = [
    field("Summary", r.summary), field("Impact", r.impact),
    r.rootCauses.length ? [h("h4", {}, "Root causes"), list(r.rootCauses)] : null,
    field("Trigger", r.trigger), field("Detection", r.detection), field("Resolution", r.resolution),
    r.actionItems.length ? [h("h4", {}, "Action items"), list(r.actionItems.map(a =>
      `${a.text}${a.owner ? ` — ${a.owner}` : ""} (${[a.type, statusWord(a.status)].filter(Boolean).join(", ")})`), "actions-list")] : null,
    lessons(r.lessons)];
  // A story told in prose may state none of these parts; say so rather than show an empty box.
  const untold = parts.every(p => p === null)
    ? h("p", { class: "note", id: "record-untold" }, "The write-up states no summary, impact, cause or follow-ups of its own: its story is in the STAR answer below. Edit the incident to add them.")
    : null;
  const story = h("section", { id: "record", class: "panel", "aria-labelledby": "record-heading" },
    h("h3", { id: "record-heading" }, "What happened"), parts, untold);

  const jump = h("nav", { class: "jump", "aria-label": "On this page" },
    [["record", "What happened"], ["timeline", "Timeline"], ["star", "STAR answer"], ["cards", "Flashcards"]].map(([target, label]) =>
      h("button", { type: "button", class: "linkish", onclick: () => document.getElementById(target)?.scrollIntoView({ behavior: "smooth" }) }, label)));
  header.append(jump);
  page.replaceChildren(header, notice ?? "", errorBox, story);
  page.querySelector("h2").focus?.();
  // The three learning views load side by side; each shows its own error if it fails.
  const sections = await Promise.all([
    section("timeline", "Timeline", () => timelineSection(r)),
    section("star", "STAR answer", () => starSection(r)),
    section("cards", "Flashcards", () => cardsSection(r)),
  ]);
  if (context.stillHere() && page.contains(story)) page.append(...sections);
}

function field(label, value) {
  return value ? [h("h4", {}, label), h("p", { class: "prose" }, value)] : null;
}

function lessons(l) {
  const groups = [["Went well", l?.wentWell], ["Went wrong", l?.wentWrong], ["Got lucky", l?.gotLucky], ["Other lessons", l?.other]]
    .filter(([, items]) => items?.length);
  return groups.length ? [h("h4", {}, "Lessons"), h("div", { class: "lessons" }, groups.map(([label, items]) => h("div", {}, h("h5", {}, label), list(items))))] : null;
}

function showEdit(page, context, loaded) {
  document.title = `Editing ${loaded.record.title} · IncidentLearn`;
  page.replaceChildren(editForm(loaded, {
    saved: next => showView(page, context, next, h("p", { class: "notice", role: "status" }, "Saved.")),
    cancel: async () => showView(page, context, await loadIncident(loaded.record.id)),
  }));
  page.querySelector("input")?.focus();
}
