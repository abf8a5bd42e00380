// A circle that meets on an outside tool, in a real browser: the coordinator
// gives it a meeting link (https only), and someone with a seat finds the
// link on the meet's page and on "My meets" shortly before the meet, while a
// visitor never does. Every page on the way is axe-clean.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, signIn, startServer } from "./harness.mjs";

const CIRCLE = "life-at-26-35";
const LINK = "https://meet.example.org/abc-defg-hij?pwd=canary42";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The date and time (`YYYY-MM-DD`, `HH:MM`) `minutes` from now in `zone`. */
function localIn(zone, minutes) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test("a seat holder finds the outside meeting link shortly before the meet, and nobody else does", async () => {
  const meera = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(meera, server.base, "Meera");
  await meera.goto(`${server.base}/admin/circles/${CIRCLE}#external-link`);
  await noViolations(meera, "the circle's page for coordinators");

  // A plain http:// link is refused, with the reason beside the field.
  await meera.fill("#external_link", LINK.replace("https://", "http://"));
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save the meeting link")]);
  assert.match(await meera.locator("#external_link-problem").innerText(), /starts with https:\/\//);
  await noViolations(meera, "the meeting link form with its problem");
  await meera.fill("#external_link", LINK);
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save the meeting link")]);
  assert.equal(await meera.inputValue("#external_link"), LINK);

  // A meet in five minutes, in the circle's own time.
  const { date, time } = localIn("Europe/London", 5);
  await meera.fill("#date", date);
  await meera.fill("#time", time);
  await meera.check("#repeat-once");
  await Promise.all([meera.waitForNavigation(), meera.click("form[action$='/series'] button[type=submit]")]);
  const circle = await (await fetch(`${server.base}/api/v1/circles/${CIRCLE}`)).json();
  const meet = circle.meets[0].id;
  assert.ok(!JSON.stringify(circle).includes("canary42"), "never in the API");

  // Someone new signs up and takes a seat.
  const river = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await river.goto(`${server.base}/signup`);
  await river.fill("#alias", "River");
  await river.fill("#password", "a calm blue lake");
  await Promise.all([river.waitForNavigation(), river.click("form.stack button[type=submit]")]);
  await river.goto(`${server.base}/meets/${meet}`);
  await Promise.all([river.waitForNavigation(), river.click("form[action$='/rsvp'] button")]);
  await Promise.all([river.waitForNavigation(), river.click("text=I agree")]);
  await river.goto(`${server.base}/meets/${meet}`);
  const join = river.locator(`a[href="${LINK}"]`);
  assert.equal(await join.innerText(), "Join the meet on meet.example.org");
  await noViolations(river, "the meet's page with its link");
  await river.goto(`${server.base}/meets`);
  assert.ok(await river.locator(`a[href="${LINK}"]`).first().isVisible(), "on My meets too");
  await noViolations(river, "My meets with the link");

  // A visitor reads that the circle meets elsewhere, and nothing more.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${server.base}/meets/${meet}`);
  assert.match(await visitor.content(), /meets on another tool for now/);
  assert.ok(!(await visitor.content()).includes("canary42"), "no link for a visitor");
  const ics = await (await fetch(`${server.base}/circles/${CIRCLE}/calendar.ics`)).text();
  assert.ok(!ics.includes("canary42"), "nor in the calendar");
});
