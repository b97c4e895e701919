// Shows a deadline in the reader's own time zone as well as China's.
for (const element of document.querySelectorAll("time[data-local-time]")) {
  const when = new Date(element.getAttribute("datetime"));
  if (Number.isNaN(when.getTime())) continue;
  const local = new Intl.DateTimeFormat(document.documentElement.lang, {
    dateStyle: "long",
    timeStyle: "short",
  }).format(when);
  element.insertAdjacentText("afterend", ` — ${local} (${Intl.DateTimeFormat().resolvedOptions().timeZone})`);
}
