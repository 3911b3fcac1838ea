// #/study — spaced-repetition review through /api/study (next card, post a rating, stats), per user name.
import { h } from "./dom.js";
import { request, getJson, problemView } from "./api.js";

const userKey = "incidentlearn.user";
const ratings = [["again", "Again"], ["hard", "Hard"], ["good", "Good"], ["easy", "Easy"]];

export async function renderStudy(page, context) {
  document.title = "Study · IncidentLearn";
  const user = h("input", { id: "study-user", name: "user", value: localStorage.getItem(userKey) || "me", autocomplete: "username", size: 14 });
  const stats = h("dl", { id: "study-stats", class: "figures" });
  const area = h("div", { id: "study-card", "aria-live": "polite" });
  const userForm = h("form", { class: "row user-form", onsubmit: event => { event.preventDefault(); remember(); refresh(); } },
    h("div", { class: "field" }, h("label", { for: "study-user" }, "Your name"), user),
    h("button", { type: "submit" }, "Switch"));
  page.append(h("h2", {}, "Study"), userForm, stats, area);

  const name = () => user.value.trim() || "me";
  const query = () => `user=${encodeURIComponent(name())}`;
  function remember() { localStorage.setItem(userKey, name()); }

  async function refresh() {
    await Promise.all([loadStats(), loadNext()]);
  }

  async function loadStats() {
    try {
      const s = await getJson(`/api/study/stats?${query()}`);
      if (!context.stillHere() || !s) return;
      const retention = s.retention === null || s.retention === undefined ? "—" : `${Math.round(s.retention * 100)} %`;
      const streak = s.streakDays ?? s.streak ?? 0;
      stats.replaceChildren(...[["Due today", String(s.dueToday ?? 0)], ["Streak", `${streak} day${streak === 1 ? "" : "s"}`],
        ["Retention", retention], ["Reviewed today", String(s.reviewsToday ?? 0)]]
        .map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, value))));
    } catch {
      stats.replaceChildren(); // the card area says why
    }
  }

  async function loadNext() {
    let body;
    try {
      body = await getJson(`/api/study/next?${query()}`);
    } catch (error) {
      if (!context.stillHere()) return;
      area.replaceChildren(problemView(error));
      return;
    }
    if (!context.stillHere()) return;
    const card = body?.cards?.[0];
    if (!card) {
      area.replaceChildren(h("p", { class: "notice done", id: "study-done", role: "status" }, "No cards due. Come back later, or ",
        h("a", { href: "#/new" }, "add another incident"), "."));
      return;
    }
    area.replaceChildren(cardView(card));
    area.querySelector("button")?.focus();
  }

  function cardView(card) {
    const title = card.incidentTitle;
    const incidentId = card.incidentId;
    const answer = h("div", { class: "card-answer", hidden: true }, h("p", {}, card.answer));
    const rate = h("div", { class: "ratings", role: "group", "aria-label": "How well did you know it?", hidden: true },
      ratings.map(([rating, label]) => h("button", { type: "button", dataset: { rating }, onclick: () => review(card, rating, rate) }, label)));
    const show = h("button", { type: "button", class: "primary", onclick: () => {
      answer.hidden = false; rate.hidden = false; show.hidden = true; rate.querySelector("[data-rating=good]").focus();
    } }, "Show answer");
    return h("article", { class: "card study", dataset: { id: card.cardId } },
      h("span", { class: "badge kind" }, card.kind ?? "card"),
      title ? h("p", { class: "source" }, "From ", incidentId ? h("a", { href: `#/incidents/${incidentId}` }, title) : title) : null,
      h("h3", { class: "card-question" }, card.question),
      card.choices?.length ? h("ol", { class: "choices" }, card.choices.map(c => h("li", {}, c))) : null,
      answer, show, rate);
  }

  async function review(card, rating, group) {
    for (const b of group.querySelectorAll("button")) b.disabled = true;
    try {
      remember();
      await request(`/api/study/reviews?${query()}`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ cardId: card.cardId, incidentId: card.incidentId, rating }),
      });
      await refresh();
    } catch (error) {
      for (const b of group.querySelectorAll("button")) b.disabled = false;
      group.after(problemView(error));
    }
  }

  await refresh();
}
