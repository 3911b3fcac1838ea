// Incident page sections built from the learning endpoints: timeline, STAR answer with coaching, flashcards.
import { h, list, minutes } from "./dom.js";
import { getJson, problemView } from "./api.js";

/** Runs a section's loader; a failure shows its problem in that section only. */
export async function section(id, title, load) {
  const body = h("div", { class: "section-body" }, h("p", { class: "note" }, "Loading…"));
  const node = h("section", { id, class: "panel", "aria-labelledby": `${id}-heading` }, h("h3", { id: `${id}-heading` }, title), body);
  try {
    body.replaceChildren(...[await load()].flat(Infinity).filter(Boolean));
  } catch (error) {
    body.replaceChildren(problemView(error));
  }
  return node;
}

export async function timelineSection(incident) {
  const report = await getJson(`/api/incidents/${incident.id}/timeline`);
  const m = report.metrics ?? {};
  const figures = [
    ["Time to detect", m.timeToDetect], ["Time to acknowledge", m.timeToAcknowledge],
    ["Time to mitigate", m.timeToMitigate], ["Time to resolve", m.timeToResolve], ["Whole span", report.spanMinutes],
  ];
  const image = h("img", {
    id: "timeline-image", src: `/api/incidents/${incident.id}/timeline.svg`,
    alt: `Gantt chart of the ${report.events.length} timeline events of “${incident.title}”.`,
  });
  return [
    h("dl", { class: "figures" }, figures.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, minutes(value))))),
    report.events.length
      ? h("figure", { class: "chart-figure" },
          h("div", { class: "chart", tabindex: 0, role: "region", "aria-label": "Timeline chart (scrolls sideways)" }, h("a", { href: image.src, target: "_blank" }, image)),
          h("figcaption", { class: "note" }, "Shown at full size: scroll sideways for the rest, or select the chart to open it on its own."))
      : h("p", { class: "note" }, "The record has no timeline events."),
    h("h4", {}, `Findings (${report.findings.length})`),
    report.findings.length
      ? h("ul", { class: "findings" }, report.findings.map(f => h("li", {}, h("span", { class: "badge" }, f.kind), " ", f.message)))
      : h("p", { class: "note" }, "Nothing odd: no gaps, overlaps or mismatches."),
  ];
}

export async function starSection(incident) {
  const star = await getJson(`/api/incidents/${incident.id}/star`);
  const body = h("div", { class: "star-answer", "aria-live": "polite" });
  const buttons = [["short", "60 seconds"], ["full", "2 minutes"]].map(([length, label]) =>
    h("button", { type: "button", class: "toggle", dataset: { length }, "aria-pressed": "false", onclick: () => show(length) }, label));

  function show(length) {
    const answer = star[length];
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.length === length));
    body.replaceChildren(
      h("p", { id: "star-words", class: "count" }, `${answer.words} words · about ${answer.seconds} s spoken`),
      h("dl", { class: "star-parts" },
        ["situation", "task", "action", "result"].map(part => [
          h("dt", {}, part[0].toUpperCase() + part.slice(1), answer.generated?.includes(part) ? h("span", { class: "badge drafted" }, "drafted") : null),
          h("dd", {}, answer[part] || "—")])));
  }
  show("short");

  return [
    star.prompt ? h("p", { class: "prompt" }, h("strong", {}, "Question: "), star.prompt) : null,
    h("div", { class: "toggles", role: "group", "aria-label": "Answer length" }, buttons),
    body,
    h("h4", {}, "Coaching"),
    h("ul", { class: "checks" }, star.checks.map(c =>
      h("li", { class: c.passed ? "pass" : "fail" },
        h("span", { class: "mark", "aria-label": c.passed ? "passed" : "needs work", role: "img" }, c.passed ? "✓" : "✗"), " ", c.message))),
    star.followUps?.length ? [h("h4", {}, "Follow-up questions to expect"),
      h("div", { class: "follow-ups" }, star.followUps.map(f => h("details", {}, h("summary", {}, f.question), h("p", {}, f.answer))))] : null,
    star.questions?.length ? [h("h4", {}, "Interview questions this story answers"),
      list(star.questions.slice(0, 5).map(q => `${q.question} (${q.competency}, ${Math.round(q.score * 100)} %)`), "questions")] : null,
  ];
}

export async function cardsSection(incident) {
  const deck = await getJson(`/api/incidents/${incident.id}/cards`);
  if (!deck.cards.length) return h("p", { class: "note" }, "No cards: the record has too little to ask about.");
  const shown = 9;
  const grid = h("ul", { class: "cards" }, deck.cards.slice(0, shown).map(cardView));
  const more = deck.cards.length > shown
    ? h("button", { type: "button", class: "more", onclick: () => { grid.append(...deck.cards.slice(shown).map(cardView)); more.remove(); } },
        `Show all ${deck.cards.length} cards`)
    : null;
  return [h("p", { class: "count" }, `${deck.cards.length} cards. Answer in your head, then flip.`), grid, more];
}

export function cardView(card) {
  const answer = h("div", { class: "card-answer", hidden: true }, h("p", {}, card.answer), h("p", { class: "source" }, `from ${card.source}`));
  const flip = h("button", { type: "button", class: "flip", "aria-expanded": "false" }, "Show answer");
  const item = h("li", { class: "card", dataset: { kind: card.kind } },
    h("span", { class: "badge kind" }, card.kind),
    h("p", { class: "card-question" }, card.question),
    card.choices?.length ? h("ol", { class: "choices" }, card.choices.map(c => h("li", {}, c))) : null,
    answer, flip);
  flip.addEventListener("click", () => {
    const open = answer.hidden;
    answer.hidden = !open;
    item.classList.toggle("flipped", open);
    flip.setAttribute("aria-expanded", String(open));
    flip.textContent = open ? "Hide answer" : "Show answer";
  });
  return item;
}
