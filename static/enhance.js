// Progressive enhancement for forms. Pages work fully without this script.
"use strict";

// Offer the browser's own time zone when a time-zone field is left empty.
document.querySelectorAll("input[data-detect-time-zone]").forEach((input) => {
  if (input.value) return;
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) input.value = zone;
  } catch (_) {
    // An old browser without Intl: the person can type their zone.
  }
});
