// "Add another question" for a Django formset: copies the empty row from its
// <template>, numbers it, and counts it in TOTAL_FORMS. Without JavaScript the
// form still offers its empty rows, and saving brings fresh ones.
for (const formset of document.querySelectorAll("[data-formset]")) {
  const prefix = formset.dataset.formset;
  const total = formset.querySelector(`input[name="${prefix}-TOTAL_FORMS"]`);
  const max = formset.querySelector(`input[name="${prefix}-MAX_NUM_FORMS"]`);
  const rows = formset.querySelector("[data-formset-rows]");
  const empty = formset.querySelector("template[data-formset-empty]");
  const add = formset.querySelector("[data-formset-add]");
  if (!total || !rows || !empty || !add) continue;
  const button = add.querySelector("button");
  const full = () => Number(total.value) >= Number(max?.value || 1000);
  add.hidden = full();
  button.addEventListener("click", () => {
    if (full()) return;
    const index = Number(total.value);
    const row = empty.content.firstElementChild.cloneNode(true);
    for (const element of row.querySelectorAll("[name], [id], [for], [aria-describedby]")) {
      for (const attribute of ["name", "id", "for", "aria-describedby"]) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.replaceAll("__prefix__", String(index)));
      }
    }
    rows.append(row);
    total.value = String(index + 1);
    add.hidden = full();
    // Take the keyboard to the new row's first field.
    row.querySelector("input:not([type=hidden]), textarea, select")?.focus();
  });
}
