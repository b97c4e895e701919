// Disclosures that fold away on small screens only: the header menu and the
// openings filters. Each `<details data-open-from="MEDIA QUERY">` is open while
// the query matches and closed otherwise, unless the reader toggled it. Browsers
// that style `::details-content` already show it open on wide screens through
// CSS; this keeps older browsers in step. Without JavaScript the summary toggles.
for (const details of document.querySelectorAll("details[data-open-from]")) {
  const wide = window.matchMedia(details.dataset.openFrom);
  const follow = () => {
    details.open = wide.matches;
  };
  follow();
  wide.addEventListener("change", follow);
}

// Escape closes an open header menu and returns focus to its toggle.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const menu = document.querySelector("details.site-menu[open]");
  if (!menu || window.matchMedia(menu.dataset.openFrom).matches) return;
  menu.open = false;
  menu.querySelector("summary").focus();
});
