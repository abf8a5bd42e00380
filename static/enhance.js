// Progressive enhancement. Every page works fully without this script.
"use strict";

function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (_) {
    return ""; // An old browser without Intl: people can choose their zone.
  }
}

const zone = browserZone();

// Offer the browser's own time zone when a time-zone field is left empty,
// by the name its list gives it ("Kolkata (India)") when the city is there.
document.querySelectorAll("input[data-detect-time-zone]").forEach((input) => {
  if (input.value || !zone) return;
  const city = zone.split("/").pop().replace(/_/g, " ");
  const named = [...(input.list?.options ?? [])].filter(
    (o) => o.dataset.city === city || (o.dataset.old ?? "").split("|").includes(city),
  );
  input.value = named.length === 1 ? named[0].value : zone;
});

// Remember the browser's zone (unless one was chosen), so the next pages
// show meet times in it.
if (/^[A-Za-z0-9_+\-/]+$/.test(zone) && !document.cookie.split("; ").some((c) => c.startsWith("hs_tz="))) {
  document.cookie = `hs_tz=${zone}; path=/; max-age=31536000; samesite=lax`;
}

// Meet times the server could only show in the circle's zone: add the
// reader's own time beside them.
const label = document.body.dataset.yourTime;
if (zone && label) {
  const format = (twelveHour) =>
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
      hour12: twelveHour,
      timeZone: zone,
      timeZoneName: "short",
    });
  document.querySelectorAll("[data-your-time]").forEach((el) => {
    // Said once: nothing to add when the reader is in the circle's zone.
    if (el.dataset.circleZone === zone) return;
    const instant = new Date(el.dataset.yourTime);
    const twelveHour = el.dataset.twelveHour === "true";
    if (Number.isNaN(instant.getTime())) return;
    // In the order the server writes dates ("Fri 4 Dec, 5:30 am"), whatever the locale's default.
    const part = Object.fromEntries(format(twelveHour).formatToParts(instant).map((p) => [p.type, p.value]));
    const period = part.dayPeriod ? ` ${part.dayPeriod.toLowerCase()}` : "";
    const when = `${part.weekday} ${part.day} ${part.month}, ${part.hour}:${part.minute}${period} ${part.timeZoneName}`;
    el.textContent = ` (${when}, ${label})`;
  });
}

// A room's waiting page: look every ten seconds, and come in once it opens.
document.querySelectorAll("[data-wait-for-room]").forEach((waiting) => {
  const meet = waiting.dataset.waitForRoom;
  setInterval(async () => {
    try {
      const response = await fetch(`/api/v1/meets/${meet}`, { credentials: "same-origin" });
      if (response.ok && (await response.json()).status === "live") location.reload();
    } catch (_) {
      // Offline for a moment: try again next time.
    }
  }, 10000);
});

// An error summary's link moves the keyboard to its field (the first choice
// of a group), with the field's label in view above it.
document.querySelectorAll(".error-summary a[href^='#']").forEach((link) => {
  link.addEventListener("click", (event) => {
    const target = document.getElementById(link.getAttribute("href").slice(1));
    const field = target?.matches("input, select, textarea") ? target : target?.querySelector("input, select, textarea");
    if (!field) return;
    event.preventDefault();
    (target.closest(".field, fieldset") || target).scrollIntoView({ behavior: "instant" });
    field.focus({ preventScroll: true });
  });
});
