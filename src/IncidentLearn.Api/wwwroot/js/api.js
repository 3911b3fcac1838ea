// Talking to the API: every failure becomes an ApiError carrying the ProblemDetails the server sent.
import { h } from "./dom.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || `The request failed (${status}).`);
    this.status = status;
    this.problem = problem;
  }

  static async from(response) {
    let problem = {};
    try {
      const type = response.headers.get("content-type") ?? "";
      if (type.includes("json")) problem = await response.json();
    } catch { /* a body that is not JSON: keep the status */ }
    return new ApiError(response.status, problem ?? {});
  }
}

/** fetch that throws ApiError on a non-2xx answer. */
export async function request(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (error) {
    throw new ApiError(0, { title: "The server could not be reached.", detail: String(error.message ?? error) });
  }
  if (!response.ok) throw await ApiError.from(response);
  return response;
}

/** The JSON body, or null for 204 / an empty body. */
export async function getJson(path, options) {
  const response = await request(path, options);
  const body = await response.text();
  return body ? JSON.parse(body) : null;
}

export function sendJson(path, method, body, headers = {}) {
  return request(path, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** An error as a person reads it: the ProblemDetails title, its detail, and every field error. */
export function problemView(error, extraClass = "") {
  const problem = error instanceof ApiError ? error.problem : { title: String(error?.message ?? error) };
  const title = problem.title || (error instanceof ApiError ? `The request failed (${error.status}).` : "Something went wrong.");
  const fieldErrors = Object.entries(problem.errors ?? {}).flatMap(([field, messages]) =>
    [].concat(messages).map(message => h("li", {}, field ? h("strong", {}, `${field}: `) : null, message)));
  return h("div", { class: `error ${extraClass}`.trim(), role: "alert" },
    h("p", { class: "error-title" }, title),
    problem.detail ? h("p", { class: "error-detail" }, problem.detail) : null,
    fieldErrors.length ? h("ul", { class: "error-fields" }, fieldErrors) : null);
}
