// Trainings in a real browser: a coordinator adds one, makes a circle require
// it, records who completed it, is stopped (in plain words) from making
// someone with a lapsed training a facilitator, and sees the gap 30 days
// ahead. The trainings page and the gaps page are axe-clean.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, signIn, startServer } from "./harness.mjs";

const CIRCLE = "after-a-loss";

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

/** `YYYY-MM-DD`, `months` and `days` from today (UTC). */
function dayFromToday(months, days) {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function record(page, alias, date) {
  await page.selectOption("#member", { label: alias });
  await page.selectOption("#training", { label: "Safeguarding" });
  await page.fill("#completed_on", date);
  await Promise.all([page.waitForNavigation(), page.click("text=Record it")]);
}

test("a lapsed training stops an assignment, and the gaps page looks 30 days ahead", async () => {
  const meera = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(meera, server.base, "Meera");
  await meera.goto(`${server.base}/admin/trainings`);
  await noViolations(meera, "the trainings page, empty");

  // A training needs a sensible validity.
  await meera.fill("#name", "Safeguarding");
  await meera.fill("#valid_months", "");
  await Promise.all([meera.waitForNavigation(), meera.click("text=Add training")]);
  assert.match(await meera.locator("#valid_months-problem").innerText(), /whole number of months/);
  await noViolations(meera, "the trainings page with a problem");
  await meera.fill("#covers", "Keeping children and young people safe, and what to do when you are worried.");
  await meera.fill("#valid_months", "12");
  await Promise.all([meera.waitForNavigation(), meera.click("text=Add training")]);
  assert.match(await meera.locator("main").innerText(), /Valid for 12 months/);

  // Ruth's runs out in 20 days; Jo's ran out last month.
  await record(meera, "Ruth", dayFromToday(-12, 20));
  await record(meera, "Jo", dayFromToday(-13, 0));
  const records = await meera.locator(".training-records").innerText();
  assert.match(records, /Ruth: Safeguarding[\s\S]*within 30 days/);
  assert.match(records, /Jo: Safeguarding[\s\S]*Expired on/);
  assert.match(records, /checked by Meera/);
  await noViolations(meera, "the trainings page with records");

  await meera.goto(`${server.base}/admin/circles/${CIRCLE}#trainings`);
  await meera.check("label:has-text('Safeguarding')");
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save required trainings")]);
  await meera.check("#facilitators-heading ~ form label:has-text('Jo')");
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save facilitators")]);
  assert.match(
    await meera.locator(".error-summary").innerText(),
    /Jo cannot facilitate this circle yet: they need Safeguarding/,
  );
  await noViolations(meera, "the circle page refusing a facilitator");

  await meera.goto(`${server.base}/admin/trainings/gaps`);
  const gaps = await meera.locator("main").innerText();
  assert.match(gaps, /Ruth: Safeguarding/);
  assert.doesNotMatch(gaps, /Jo: Safeguarding/, "Jo does not facilitate the circle");
  await noViolations(meera, "the gaps page");

  // Ruth sees her own record and that it is about to run out.
  const ruth = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  await signIn(ruth, server.base, "Ruth");
  await ruth.goto(`${server.base}/account#own-trainings`);
  assert.match(await ruth.locator("main").innerText(), /Your trainings[\s\S]*Safeguarding[\s\S]*within 30 days/);
  await noViolations(ruth, "a facilitator's own trainings");
});
