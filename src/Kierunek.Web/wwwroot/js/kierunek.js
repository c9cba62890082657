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
