// The visa navigator without page turns: every question at once, and the result
// updates as the reader answers. Without JavaScript the same form works step by step.
const form = document.querySelector("form[data-navigator]");
const live = document.getElementById("navigator-live");

function showQuestionsFor(purpose) {
  for (const element of form.querySelectorAll("[data-purposes]")) {
    element.hidden = !element.dataset.purposes.split(" ").includes(purpose);
  }
}

function answers() {
  const params = new URLSearchParams(new FormData(form));
  params.delete("step");
  return params;
}

let pending;
async function update() {
  showQuestionsFor(new FormData(form).get("purpose"));
  const params = answers();
  // The address keeps the answers, so reloading or sharing the page with oneself works.
  history.replaceState(null, "", `${form.action}?${params}&step=3`);
  params.set("fragment", "1");
  pending?.abort();
  pending = new AbortController();
  try {
    const response = await fetch(`${form.dataset.resultUrl}?${params}`, {
      signal: pending.signal,
      credentials: "same-origin",
    });
    const html = await response.text();
    const fragment = new DOMParser().parseFromString(html, "text/html");
    live.replaceChildren(...fragment.body.childNodes);
    live.hidden = false;
  } catch (error) {
    if (error.name !== "AbortError") throw error;
  }
}

let timer;
function soon() {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
}

if (form && live) {
  for (const fieldset of form.querySelectorAll("fieldset[data-step]")) fieldset.hidden = false;
  for (const element of form.querySelectorAll(".step-actions")) element.hidden = true;
  for (const element of form.querySelectorAll(".live-actions")) element.hidden = false;
  for (const item of document.querySelectorAll(".step-list [aria-current]")) {
    item.removeAttribute("aria-current");
  }
  form.addEventListener("change", update);
  form.addEventListener("input", soon);
  update();
}
