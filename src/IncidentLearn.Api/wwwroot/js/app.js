// The hash router: #/ incidents, #/new paste, #/incidents/{id} one incident, #/study, #/coverage.
import { h } from "./dom.js";
import { problemView } from "./api.js";
import { renderList } from "./list.js";
import { renderNew } from "./paste.js";
import { renderIncident } from "./incident.js";
import { renderStudy } from "./study.js";
import { renderCoverage } from "./coverage.js";

const routes = [
  { pattern: /^\/?$/, nav: "incidents", render: renderList },
  { pattern: /^\/new$/, nav: "new", render: renderNew },
  { pattern: /^\/incidents\/([0-9a-f-]{36})$/i, nav: "incidents", render: renderIncident },
  { pattern: /^\/study$/, nav: "study", render: renderStudy },
  { pattern: /^\/coverage$/, nav: "coverage", render: renderCoverage },
];

const main = document.getElementById("main");
let visit = 0;

async function route() {
  const path = decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
  const match = routes.map(r => ({ r, m: path.match(r.pattern) })).find(x => x.m);
  const current = ++visit;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (match && link.dataset.nav === match.r.nav) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }

  const page = h("section", { class: "page" });
  main.replaceChildren(page);
  main.setAttribute("aria-busy", "true");
  // A page asks stillHere() after each await so a slow answer never draws over the next page.
  const context = { stillHere: () => current === visit, navigate: hash => { location.hash = hash; } };
  try {
    if (!match) {
      page.append(h("h2", {}, "Page not found"), h("p", {}, "There is no page at ", h("code", {}, path), ". ", h("a", { href: "#/" }, "Back to the incidents"), "."));
      document.title = "Not found · IncidentLearn";
    } else {
      await match.r.render(page, context, ...match.m.slice(1));
    }
  } catch (error) {
    if (context.stillHere()) page.append(problemView(error));
  } finally {
    if (context.stillHere()) main.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", () => { route(); main.focus({ preventScroll: true }); window.scrollTo(0, 0); });
route();

// The skip link focuses the content without touching the hash (the hash is the router's).
document.querySelector(".skip")?.addEventListener("click", event => { event.preventDefault(); main.focus(); });
