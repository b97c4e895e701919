// Shows how far a large CV upload has got. Forms marked data-upload-progress
// are sent with XMLHttpRequest, whose upload events report progress; the
// server's answer then replaces the page, as a normal submission would.
// Without JavaScript (or for small files) the form submits as usual.
const LARGE = 512 * 1024; // bytes: smaller files go up before anyone would look
// "45 %", "45%", "٤٥٪": as the page's language writes a percentage.
const percentage = new Intl.NumberFormat(document.documentElement.lang || undefined, {
  style: "percent",
});

function largestFile(form) {
  let size = 0;
  for (const input of form.querySelectorAll('input[type="file"]')) {
    for (const file of input.files || []) size = Math.max(size, file.size);
  }
  return size;
}

function showResponse(request) {
  // The answer is a whole page (the result, or the form with its errors).
  history.replaceState(null, "", request.responseURL);
  document.open();
  document.write(request.responseText);
  document.close();
}

for (const form of document.querySelectorAll("form[data-upload-progress]")) {
  const status = document.createElement("div");
  status.className = "upload-progress";
  status.hidden = true;
  const label = document.createElement("label");
  const bar = document.createElement("progress");
  bar.id = `${form.id || "upload"}-progress`;
  bar.max = 100;
  bar.value = 0;
  label.htmlFor = bar.id;
  label.textContent = form.dataset.uploadLabel;
  const said = document.createElement("p");
  said.setAttribute("role", "status");
  status.append(label, bar, said);
  form.append(status);

  form.addEventListener("submit", (event) => {
    if (largestFile(form) < LARGE || !window.FormData) return;
    event.preventDefault();
    const buttons = form.querySelectorAll('button[type="submit"], input[type="submit"]');
    const data = new FormData(form);
    if (event.submitter?.name) data.append(event.submitter.name, event.submitter.value);
    const request = new XMLHttpRequest();
    let lastSaid = -1;
    request.upload.addEventListener("progress", (progress) => {
      if (!progress.lengthComputable) return;
      const percent = Math.floor((progress.loaded / progress.total) * 100);
      bar.value = percent;
      // Screen readers hear every tenth, not every byte.
      const tenth = Math.floor(percent / 10);
      if (tenth !== lastSaid) {
        lastSaid = tenth;
        said.textContent = `${form.dataset.uploadPercent} ${percentage.format(percent / 100)}`;
      }
    });
    request.upload.addEventListener("load", () => {
      said.textContent = form.dataset.uploadChecking;
    });
    request.addEventListener("load", () => showResponse(request));
    request.addEventListener("error", () => {
      said.textContent = form.dataset.uploadFailed;
      for (const button of buttons) button.disabled = false;
    });
    for (const button of buttons) button.disabled = true;
    status.hidden = false;
    request.open(form.method || "post", form.action || location.href);
    request.send(data);
  });
}
