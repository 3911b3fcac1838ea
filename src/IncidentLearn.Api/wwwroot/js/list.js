// #/ — the stored incidents through GET /api/incidents, with filters and paging.
import { h, badge, statusWord } from "./dom.js";
import { getJson, problemView } from "./api.js";

const pageSize = 20;
const remembered = { page: 1, filters: {} };

function filterForm(onApply) {
  const f = remembered.filters;
  const option = (value, label, current) => h("option", { value, selected: current === value }, label);
  return h("form", { id: "filters", class: "filters", onsubmit: event => { event.preventDefault(); onApply(); } },
    h("label", {}, "Severity ", h("input", { name: "severity", placeholder: "SEV2", size: 6, value: f.severity ?? "" })),
    h("label", {}, "Tag ", h("input", { name: "tag", placeholder: "caching", size: 10, value: f.tag ?? "" })),
    h("label", {}, "Status ",
      h("select", { name: "status" },
        option("", "any", f.status ?? ""),
        option("draft", "draft", f.status),
        option("in-review", "in review", f.status),
        option("published", "published", f.status))),
    h("label", {}, "Sort ",
      h("select", { name: "sort" },
        option("-date", "newest first", f.sort ?? "-date"),
        option("date", "oldest first", f.sort),
        option("title", "title", f.sort),
        option("severity", "severity", f.sort))),
    h("button", { type: "submit", class: "primary" }, "Apply"));
}

function row(incident) {
  const link = h("a", { href: `#/incidents/${incident.id}` }, incident.title);
  return h("li", { class: "incident", dataset: { id: incident.id } },
    h("h3", { class: "incident-title" }, link),
    h("p", { class: "meta" },
      incident.date ? h("span", { class: "date" }, incident.date) : null,
      badge(incident.severity, "severity"),
      badge(statusWord(incident.status), "status"),
      incident.services.map(s => badge(s, "service"))),
    incident.summary ? h("p", { class: "summary" }, incident.summary) : null,
    incident.tags.length ? h("p", { class: "links tags" }, incident.tags.map(t => "#" + t).join(" ")) : null);
}

export async function renderList(page, context) {
  document.title = "Incidents · IncidentLearn";
  const count = h("p", { id: "count", class: "count", "aria-live": "polite" });
  const errorBox = h("div", { id: "error" });
  const items = h("ul", { id: "incidents", class: "incidents" });
  const label = h("span", { id: "page-label" });
  const prev = h("button", { id: "prev", type: "button", onclick: () => { remembered.page--; load(); } }, "Previous");
  const next = h("button", { id: "next", type: "button", onclick: () => { remembered.page++; load(); } }, "Next");
  const form = filterForm(() => { remembered.page = 1; load(); });

  page.append(
    h("div", { class: "list-head" }, h("h2", { id: "list-heading" }, "Incidents"), form),
    count, errorBox, items,
    h("nav", { class: "pager", "aria-label": "Pages" }, prev, label, next));

  async function load() {
    remembered.filters = Object.fromEntries(new FormData(form));
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(remembered.filters)) if (value) params.set(key, value);
    params.set("page", remembered.page);
    params.set("pageSize", pageSize);
    errorBox.replaceChildren();
    try {
      const body = await getJson(`/api/incidents?${params}`);
      if (!context.stillHere()) return;
      items.replaceChildren(...body.items.map(row));
      count.textContent = body.total === 0 ? "No incidents match." : `${body.total} incident${body.total === 1 ? "" : "s"}`;
      const pages = Math.max(1, Math.ceil(body.total / pageSize));
      label.textContent = `Page ${remembered.page} of ${pages}`;
      prev.disabled = remembered.page <= 1;
      next.disabled = remembered.page >= pages;
      if (body.total === 0 && !params.has("severity") && !params.has("tag") && !params.has("status")) {
        items.append(h("li", { class: "empty" }, "Nothing stored yet. ", h("a", { href: "#/new" }, "Paste a write-up"), " to make the first incident."));
      }
    } catch (error) {
      if (context.stillHere()) errorBox.replaceChildren(problemView(error));
    }
  }

  await load();
}
