// Small DOM helpers. Every piece of text goes in through textContent (text nodes), never innerHTML.

/** Builds an element: h("a", { href: "/x", class: "link" }, "text", otherNode). Strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "value") node.value = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A heading, paragraph or list of plain text; nothing when the text is empty. */
export function para(value, className) {
  return value ? h("p", { class: className }, value) : null;
}

export function list(items, className) {
  return items?.length ? h("ul", { class: className }, items.map(item => h("li", {}, item))) : null;
}

/** "SEV2" style pill. */
export function badge(value, className = "") {
  return value ? h("span", { class: `badge ${className}`.trim() }, value) : null;
}

export function statusWord(status) {
  return String(status ?? "").replace(/-/g, " ");
}

/** Minutes as "1 h 05 min" / "12 min". */
export function minutes(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const total = Math.round(value);
  if (total < 60) return `${total} min`;
  return `${Math.floor(total / 60)} h ${String(total % 60).padStart(2, "0")} min`;
}
