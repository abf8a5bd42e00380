// Moderation beyond one meet in a real browser: Sam reports a concern about
// Ruth from the circle's page; Meera (the demo's only coordinator) reviews it
// and warns Ruth in plain words; Ruth reads the decision on "My meets" and her
// account, and appeals once, told that the only coordinator will look again.
// The report form, the review page, the case page, the decision and the
// appeal form are axe-clean.
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

async function pageAs(alias, width = 1280) {
  const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  await signIn(page, server.base, alias);
  return page;
}

test("a report is reviewed, decided, told and appealed", async () => {
  const sam = await pageAs("Sam", 360);
  await sam.goto(`${server.base}/circles/${CIRCLE}`);
  await Promise.all([sam.waitForNavigation(), sam.click("text=Report a concern about this person")]);
  assert.ok(await sam.isChecked("label:has-text('Ruth')"), "Ruth is chosen from her alias");
  await noViolations(sam, "the report form");

  await Promise.all([sam.waitForNavigation(), sam.click("text=Send the report")]);
  assert.match(await sam.locator(".error-summary").innerText(), /Please choose what happened/);
  await noViolations(sam, "the report form with a problem");
  await sam.check("label:has-text('Unkind or hurtful')");
  await sam.fill("#words", "Laughed when I talked about my dad.");
  await Promise.all([sam.waitForNavigation(), sam.click("text=Send the report")]);
  assert.match(await sam.locator("main").innerText(), /Thank you for telling us/);

  const meera = await pageAs("Meera");
  await meera.goto(`${server.base}/admin/moderation`);
  const review = await meera.locator("main").innerText();
  assert.match(review, /Report: Unkind or hurtful\s+About: Ruth/);
  assert.match(review, /Reported by Sam/);
  await noViolations(meera, "the review page");
  await Promise.all([meera.waitForNavigation(), meera.click(".moderation-cases a.button")]);
  await noViolations(meera, "a case to decide");
  await meera.check("#action-warn");
  await meera.fill("#words", "Laughing at someone's share hurts. Please hold space gently.");
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save the decision")]);
  assert.match(await meera.locator("main").innerText(), /The decision is saved/);

  const ruth = await pageAs("Ruth", 360);
  await ruth.goto(`${server.base}/meets`);
  assert.match(await ruth.locator("main").innerText(), /A coordinator has made a decision about you/);
  await noViolations(ruth, "the decision notice on My meets");
  await Promise.all([ruth.waitForNavigation(), ruth.click(".notice-item:has-text('A coordinator has made a decision') a")]);
  const decisions = await ruth.locator("section.decisions").innerText();
  assert.match(decisions, /Please hold space gently/);
  assert.doesNotMatch(await ruth.locator("main").innerText(), /Sam/, "never who reported");
  await noViolations(ruth, "the decision on the account page");

  await Promise.all([ruth.waitForNavigation(), ruth.click("text=Ask for this to be looked at again")]);
  assert.match(await ruth.locator("main").innerText(), /only one coordinator/);
  await noViolations(ruth, "the appeal form");
  await ruth.fill("#words", "I was laughing at my own story, not at Sam's.");
  await Promise.all([ruth.waitForNavigation(), ruth.click("text=Send the appeal")]);
  assert.match(await ruth.locator("main").innerText(), /Your appeal is sent/);

  await sam.goto(`${server.base}/meets`);
  assert.match(await sam.locator("main").innerText(), /acted on it/, "the reporter hears it was acted on");
});
