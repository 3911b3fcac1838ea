// #/coverage — which interview competencies your stored stories answer (GET /api/coverage), and which have none.
import { h } from "./dom.js";
import { getJson } from "./api.js";

const percent = score => (score === null || score === undefined ? "—" : `${Math.round(score * 100)} %`);

export async function renderCoverage(page, context) {
  document.title = "Coverage · IncidentLearn";
  const report = await getJson("/api/coverage");
  if (!context.stillHere()) return;
  const covered = report.competencies.filter(c => c.covered);
  const missing = report.competencies.filter(c => !c.covered);

  page.append(
    h("h2", {}, "Coverage"),
    h("p", { class: "lead", id: "coverage-summary" },
      `${covered.length} of ${report.competencies.length} competencies have a story scoring at least ${percent(report.coveredAtScore)}.`),
    h("h3", {}, "Covered"),
    covered.length
      ? h("div", { class: "table-wrap" }, h("table", { class: "coverage" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Competency"), h("th", { scope: "col" }, "Best story"), h("th", { scope: "col" }, "Score"))),
          h("tbody", {}, covered.map(c => h("tr", { dataset: { competency: c.competencyId } },
            h("th", { scope: "row" }, c.competency),
            h("td", {}, h("a", { href: `#/incidents/${c.bestStoryId}` }, c.bestStoryTitle),
              c.bestQuestion ? h("p", { class: "question" }, c.bestQuestion) : null,
              c.reason ? h("p", { class: "reason" }, c.reason) : null),
            h("td", { class: "score" }, h("meter", { min: 0, max: 1, value: c.score, "aria-label": `score for ${c.competency}` }), " ", percent(c.score)))))))
      : h("p", { class: "note" }, "No competency is covered yet."),
    h("h3", {}, "No story yet"),
    missing.length
      ? h("ul", { class: "uncovered" }, missing.map(c => h("li", { dataset: { competency: c.competencyId } },
          h("strong", {}, c.competency), c.score != null ? h("span", { class: "note" }, ` — best so far ${percent(c.score)}`) : h("span", { class: "note" }, " — no story touches it"))))
      : h("p", { class: "note" }, "Every competency has a story."));
}
