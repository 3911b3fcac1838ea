// The incident edit form: PUT /api/incidents/{id} with If-Match. On 412 the typed text stays, the fields someone
// else changed are marked, and the next Save applies these edits over that newer version.
import { h } from "./dom.js";
import { request, problemView, ApiError } from "./api.js";
import { loadIncident } from "./incident.js";

const fields = [
  { name: "title", label: "Title", get: r => r.title ?? "", set: (r, v) => { r.title = v; } },
  { name: "date", label: "Date", type: "date", get: r => r.date ?? "", set: (r, v) => { r.date = v || null; } },
  { name: "severity", label: "Severity", get: r => r.severity ?? "", set: (r, v) => { r.severity = v || null; } },
  { name: "status", label: "Status", options: [["draft", "draft"], ["in-review", "in review"], ["published", "published"]], get: r => r.status, set: (r, v) => { r.status = v; } },
  { name: "summary", label: "Summary", rows: 4, get: r => r.summary ?? "", set: (r, v) => { r.summary = v || null; } },
  { name: "impact", label: "Impact", rows: 3, get: r => r.impact ?? "", set: (r, v) => { r.impact = v || null; } },
  { name: "resolution", label: "Resolution", rows: 3, get: r => r.resolution ?? "", set: (r, v) => { r.resolution = v || null; } },
  ...["situation", "task", "action", "result"].map(part => ({
    name: `star-${part}`, label: `STAR: ${part}`, rows: part === "action" ? 6 : 3,
    get: r => r.star?.[part] ?? "", set: (r, v) => { r.star = { ...r.star, [part]: v || null }; },
  })),
];

export function editForm(loaded, { saved, cancel }) {
  let base = loaded; // the version these edits apply to
  const status = h("div", { class: "edit-status", "aria-live": "assertive" });
  const inputs = new Map();

  const controls = fields.map(f => {
    const id = `edit-${f.name}`;
    const input = f.options
      ? h("select", { id, name: f.name }, f.options.map(([value, label]) => h("option", { value, selected: f.get(base.record) === value }, label)))
      : f.rows
        ? h("textarea", { id, name: f.name, rows: f.rows, value: f.get(base.record) })
        : h("input", { id, name: f.name, type: f.type ?? "text", value: f.get(base.record), required: f.name === "title" });
    inputs.set(f.name, input);
    return h("div", { class: `field field-${f.name}` }, h("label", { for: id }, f.label), input, h("p", { class: "server-value", hidden: true }));
  });

  const save = h("button", { type: "submit", class: "primary" }, "Save");
  const form = h("form", { class: "edit", "aria-labelledby": "edit-heading", onsubmit: async event => {
    event.preventDefault();
    const record = structuredClone(base.record);
    for (const f of fields) f.set(record, inputs.get(f.name).value.trim());
    save.disabled = true;
    status.replaceChildren();
    try {
      const response = await request(`/api/incidents/${record.id}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "If-Match": base.etag },
        body: JSON.stringify(record),
      });
      saved({ record: await response.json(), etag: response.headers.get("ETag") });
    } catch (error) {
      save.disabled = false;
      if (error instanceof ApiError && error.status === 412) await conflict(error);
      else status.replaceChildren(problemView(error));
    }
  } },
    h("h2", { id: "edit-heading" }, "Edit incident"),
    h("p", { class: "lead" }, "Changes replace the stored record. The timeline, STAR answer and cards are rebuilt from it."),
    status,
    h("div", { class: "edit-grid" }, controls),
    h("div", { class: "save-bar" }, save, h("button", { type: "button", onclick: cancel }, "Cancel")));

  async function conflict(error) {
    const message = problemView(error, "conflict");
    message.append(h("p", {}, "Your edits are still in the form. Fields changed by someone else are marked below with their new value; ",
      "press Save again to apply your edits over that version, or Cancel to discard them."));
    status.replaceChildren(message);
    try {
      const latest = await loadIncident(base.record.id);
      for (const f of fields) {
        const note = inputs.get(f.name).parentElement.querySelector(".server-value");
        const before = f.get(base.record), now = f.get(latest.record);
        note.hidden = before === now;
        note.textContent = before === now ? "" : `Now stored: ${now || "(empty)"}`;
      }
      base = latest;
    } catch (reload) {
      status.append(problemView(reload));
    }
    message.focus?.();
  }

  return form;
}
