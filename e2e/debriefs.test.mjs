// Debriefs in a real browser: a facilitator is asked how their meet went,
// files a debrief without anyone's words and asks for support and a
// supervision chat; a coordinator is told, sees it on the care page and
// marks it answered. The debrief form, the history and the care page are
// axe-clean.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, signIn, startServer } from "./harness.mjs";

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

test("a facilitator debriefs a meet and asks for support; a coordinator answers", async () => {
  for (const width of [360, 1280]) {
    const ruth = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
    await signIn(ruth, server.base, "Ruth");
    if (width === 360) {
      await ruth.goto(`${server.base}/meets`);
      const due = ruth.locator("section[aria-labelledby=debrief-due-heading]");
      assert.match(await due.innerText(), /How did it go, as facilitator\?/);
      await Promise.all([ruth.waitForNavigation(), due.locator("a").first().click()]);
    } else {
      // Filed a moment ago at the other width: the history leads back to it, still open to change.
      await ruth.goto(`${server.base}/facilitate/debriefs`);
      await Promise.all([ruth.waitForNavigation(), ruth.locator("ul.cards a").first().click()]);
      assert.equal(await ruth.locator("#went-2").isChecked(), true);
    }
    assert.match(await ruth.locator("h1").innerText(), /How did it go\?/);
    assert.equal(await ruth.locator("textarea").count(), 0, "no box for anyone's words");
    await noViolations(ruth, `the debrief form at ${width}px`);

    if (width === 360) {
      // Nothing chosen: the form says what is missing, and stays axe-clean.
      await Promise.all([ruth.waitForNavigation(), ruth.click("button:has-text(\"Save the debrief\")")]);
      assert.match(await ruth.locator(".error-summary").innerText(), /Please choose how it went/);
      await noViolations(ruth, "the debrief form with problems");
      await ruth.check("#went-2");
      await ruth.check("#follow_up-no");
      await ruth.check("#support");
      await Promise.all([ruth.waitForNavigation(), ruth.click("button:has-text(\"Save the debrief\")")]);
      assert.match(await ruth.locator("main").innerText(), /a coordinator has been told you would like support/);
      await Promise.all([ruth.waitForNavigation(), ruth.click("button:has-text(\"Ask for a supervision chat\")")]);
      assert.match(await ruth.locator("main").innerText(), /would like a supervision chat/);
    } else {
      await ruth.goto(`${server.base}/facilitate/debriefs`);
    }
    assert.match(await ruth.locator("main").innerText(), /Difficult in places/);
    await noViolations(ruth, `the debrief history at ${width}px`);
    await ruth.context().close();
  }

  const meera = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(meera, server.base, "Meera");
  await meera.goto(`${server.base}/meets`);
  assert.match(await meera.locator("main").innerText(), /Ruth would like support after the meet of After a loss/);
  await meera.goto(`${server.base}/admin/care`);
  await noViolations(meera, "the care page");
  const requests = meera.locator("section[aria-labelledby=requests-heading] li.card");
  const before = await requests.count();
  assert.ok(before >= 2, "support after the meet, and a supervision chat");
  assert.match(await meera.locator("main").innerText(), /A supervision chat/);
  await Promise.all([meera.waitForNavigation(), requests.first().locator("button").click()]);
  assert.match(await meera.locator("main").innerText(), /Marked answered/);
  assert.equal(await requests.count(), before - 1);
  await noViolations(meera, "the care page after answering");
});
