// Recovery codes: copy and print buttons. The page works without this
// script (the codes are on screen and the download link is a plain link).
"use strict";

const list = document.getElementById("codes");
const copy = document.getElementById("codes-copy");
const print = document.getElementById("codes-print");
const said = document.getElementById("codes-said");

if (list && copy && navigator.clipboard) {
  copy.hidden = false;
  copy.addEventListener("click", async () => {
    const codes = Array.from(list.querySelectorAll("code"), (code) => code.textContent).join("\n");
    try {
      await navigator.clipboard.writeText(codes);
      said.textContent = copy.dataset.copied;
    } catch (_) {
      said.textContent = copy.dataset.copyFailed;
    }
  });
}

if (print && typeof window.print === "function") {
  print.hidden = false;
  print.addEventListener("click", () => window.print());
}
