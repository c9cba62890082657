// Progressive enhancement only: every form works without this file.
"use strict";

// A table marked data-select-all gets a "zaznacz wszystkie" box in its first header cell, ticking every enabled box below.
for (const table of document.querySelectorAll("table[data-select-all]")) {
  const boxes = () => [...table.querySelectorAll("tbody input[type=checkbox]:not(:disabled)")];
  const all = document.createElement("input");
  all.type = "checkbox";
  all.setAttribute("aria-label", "Zaznacz lub odznacz wszystkie pokazane");
  const sync = () => {
    const ticked = boxes().filter(b => b.checked).length;
    all.checked = ticked > 0 && ticked === boxes().length;
    all.indeterminate = ticked > 0 && ticked < boxes().length;
  };
  all.addEventListener("change", () => { for (const b of boxes()) b.checked = all.checked; });
  table.addEventListener("change", e => { if (e.target !== all) sync(); });
  table.querySelector("thead th")?.prepend(all, " ");
  sync();
}

// The reporter's table (form[data-warn-unsaved]): a warning before leaving with unsaved changes, a column pasted
// from Excel filling the rows below, and each row checked as it is left — without reloading, nothing saved.
for (const form of document.querySelectorAll("form[data-warn-unsaved]")) {
  const status = form.querySelector("#niezapisane");
  const inputs = () => [...form.querySelectorAll("input[type=text]:not(:disabled)")];
  const fields = () => [...form.querySelectorAll("input:not([type=hidden]):not(:disabled), textarea:not(:disabled), select:not(:disabled)")];
  // A select with no option marked selected shows its first: that is its unchanged state.
  const defaultIndex = f => Math.max(0, [...f.options].findIndex(o => o.defaultSelected));
  const isChanged = f => f instanceof HTMLSelectElement ? f.selectedIndex !== defaultIndex(f)
    : f.type === "radio" || f.type === "checkbox" ? f.checked !== f.defaultChecked : f.value !== f.defaultValue;
  const changed = () => fields().filter(isChanged).length;
  let submitting = false;
  const show = () => {
    const n = changed();
    if (status) status.textContent = n === 0 ? "" : `Niezapisane zmiany: ${n}.`;
  };
  form.addEventListener("input", show);
  form.addEventListener("change", show);
  form.addEventListener("submit", () => { submitting = true; });
  window.addEventListener("beforeunload", e => {
    if (!submitting && changed() > 0) { e.preventDefault(); e.returnValue = ""; }
  });

  form.addEventListener("paste", e => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement) || !target.name.startsWith("wartosc[")) return;
    const text = e.clipboardData?.getData("text/plain") ?? "";
    const lines = text.replace(/\r/g, "").split("\n");
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    if (lines.length < 2) return; // one value: the browser pastes it as usual
    e.preventDefault();
    const values = inputs().filter(i => i.name.startsWith("wartosc["));
    const start = values.indexOf(target);
    const filled = Math.min(lines.length, values.length - start);
    for (let k = 0; k < filled; k++) {
      values[start + k].value = lines[k].split("\t")[0].trim(); // the first column of what Excel copied
      values[start + k].dispatchEvent(new Event("change", { bubbles: true }));
    }
    show();
    if (status) status.textContent += ` Wklejono ${filled} z ${lines.length} wierszy.`;
  });

  const token = form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
  form.addEventListener("change", async e => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.row) return;
    const id = input.dataset.row;
    const value = form.querySelector(`#wartosc-${id}`);
    const comment = form.querySelector(`#komentarz-${id}`);
    const body = new URLSearchParams({ id, value: value.value, comment: comment?.value ?? "", __RequestVerificationToken: token });
    const response = await fetch(`${location.pathname}?handler=CheckRow`, { method: "POST", body, credentials: "same-origin" });
    if (!response.ok) return;
    const check = await response.json();
    const place = form.querySelector(`#stan-pola-${id}`);
    place.replaceChildren();
    if (check.errors.length > 0) {
      const list = document.createElement("ul");
      list.className = "field-errors";
      list.id = `bledy-${id}`;
      for (const error of check.errors) list.append(Object.assign(document.createElement("li"), { textContent: error }));
      place.append(list);
    }
    if (check.understood) {
      place.append(Object.assign(document.createElement("p"), { className: "understood", id: `odczyt-${id}`, textContent: `Odczytano jako: ${check.understood}` }));
    }
    value.setAttribute("aria-invalid", check.errors.length > 0 ? "true" : "false");
    const described = [check.errors.length > 0 ? `bledy-${id}` : null, check.understood ? `odczyt-${id}` : null].filter(Boolean).join(" ");
    if (described) value.setAttribute("aria-describedby", described); else value.removeAttribute("aria-describedby");
    value.closest("tr")?.classList.toggle("invalid", check.errors.length > 0);
  });
}

// An OZPS table (form[data-ozps-table]): when a cell is left, the template's rules are checked on the table as typed —
// the same messages as "Sprawdź bez zapisywania" and `ozps check` — and shown beside every row; nothing is saved.
for (const form of document.querySelectorAll("form[data-ozps-table]")) {
  const live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("role", "status");
  form.append(live);
  let pending = 0;
  form.addEventListener("change", async e => {
    if (!(e.target instanceof HTMLInputElement) || !e.target.dataset.ozpsRow) return;
    const asked = ++pending;
    const response = await fetch(`${location.pathname}?handler=Check`, {
      method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" },
    });
    if (!response.ok || asked !== pending) return; // a later change's answer is the one that counts
    const check = await response.json();
    for (const list of form.querySelectorAll("ul[id^=uwagi-]")) {
      const row = list.id.slice("uwagi-".length);
      const messages = [
        ...check.errors.filter(x => x.field && x.field.startsWith(`w${row}-`)).map(x => `Błąd: ${x.message}`),
        ...check.findings.filter(f => f.row === row).map(f => `${f.kind}: ${f.message}`),
      ];
      list.replaceChildren(...messages.map(m => Object.assign(document.createElement("li"), { textContent: m })));
      list.closest("tr")?.classList.toggle("invalid", messages.some(m => m.startsWith("Błąd")));
    }
    const count = check.errors.length + check.findings.length;
    live.textContent = count === 0 ? "Reguły wzoru spełnione." : `Uwagi reguł wzoru: ${count}.`;
  });
}

// A page following work done in the background (#postep[data-refresh], the publishing request): its status is
// fetched again every data-refresh milliseconds until the page says the work is finished; without this file the
// "Sprawdź stan" link does the same by hand.
for (const progress of document.querySelectorAll("[data-refresh]")) {
  const every = Number(progress.dataset.refresh) || 2000;
  const look = async () => {
    try {
      const response = await fetch(location.href, { headers: { "Accept": "text/html" }, credentials: "same-origin" });
      if (!response.ok) return setTimeout(look, every * 2);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById(progress.id);
      if (!fresh) return;
      progress.innerHTML = fresh.innerHTML;
      if (fresh.hasAttribute("data-refresh")) return setTimeout(look, every);
      progress.removeAttribute("data-refresh");
      for (const stale of document.querySelectorAll("[data-while-running]")) stale.remove();
    } catch {
      setTimeout(look, every * 2); // a moment without the network: try again a little later
    }
  };
  setTimeout(look, every);
}
