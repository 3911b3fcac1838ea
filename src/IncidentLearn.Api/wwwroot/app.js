// The front page: lists stored incidents through GET /api/incidents. Plain DOM, no build step.
const state = { page: 1, pageSize: 20 };
const list = document.getElementById("incidents");
const form = document.getElementById("filters");

function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value;
  if (className) node.className = className;
  return node;
}

function renderIncident(incident) {
  const item = document.createElement("li");
  item.className = "incident";
  item.dataset.id = incident.id;

  const title = text("h3", incident.title, "incident-title");
  item.append(title);

  const meta = document.createElement("p");
  meta.className = "meta";
  if (incident.date) meta.append(text("span", incident.date, "date"));
  if (incident.severity) meta.append(text("span", incident.severity, "badge severity"));
  meta.append(text("span", incident.status.replace("-", " "), "badge status"));
  for (const service of incident.services) meta.append(text("span", service, "badge service"));
  item.append(meta);

  if (incident.summary) item.append(text("p", incident.summary, "summary"));

  const links = document.createElement("p");
  links.className = "links";
  const markdown = text("a", "Markdown", "");
  markdown.href = `/api/incidents/${incident.id}.md`;
  const json = text("a", "JSON", "");
  json.href = `/api/incidents/${incident.id}`;
  links.append(markdown, " · ", json);
  if (incident.tags.length) links.append(" · ", text("span", incident.tags.map(t => "#" + t).join(" "), "tags"));
  item.append(links);
  return item;
}

async function load() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (value) params.set(key, value);
  params.set("page", state.page);
  params.set("pageSize", state.pageSize);

  const error = document.getElementById("error");
  error.hidden = true;
  const response = await fetch(`/api/incidents?${params}`);
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.title ? `${problem.title} ${Object.values(problem.errors ?? {}).flat().join(" ")}` : `The list failed (${response.status}).`;
    error.hidden = false;
    return;
  }

  const body = await response.json();
  list.replaceChildren(...body.items.map(renderIncident));
  document.getElementById("count").textContent =
    body.total === 0 ? "No incidents match." : `${body.total} incident${body.total === 1 ? "" : "s"}`;
  const pages = Math.max(1, Math.ceil(body.total / state.pageSize));
  document.getElementById("page-label").textContent = `Page ${state.page} of ${pages}`;
  document.getElementById("prev").disabled = state.page <= 1;
  document.getElementById("next").disabled = state.page >= pages;
}

form.addEventListener("submit", event => { event.preventDefault(); state.page = 1; load(); });
document.getElementById("prev").addEventListener("click", () => { state.page--; load(); });
document.getElementById("next").addEventListener("click", () => { state.page++; load(); });
load();
