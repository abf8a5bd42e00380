// Notices in a real browser: a facilitator's announcement reaches a member
// of the circle, counted in the header and listed on "My meets" (new, then
// among earlier notices), with no axe-core violations either way; the
// account page's choices are keyboard-reachable radio groups.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, launchBrowser, signIn, startServer, tabTo } from "./harness.mjs";

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

async function signedIn(alias) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base, alias);
  return { context, page };
}

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what} has accessibility violations:\n${JSON.stringify(violations, null, 2)}`);
}

test("an announcement is counted in the header and listed on My meets, accessibly", async () => {
  // Signed in first: signing in lands on My meets, which would show the notice at once.
  const sam = await signedIn("Sam");
  const nadia = await signedIn("Nadia");
  await nadia.page.goto(server.base + "/facilitate");
  await nadia.page.getByText("Send a message to the circle (Life at 26 to 35)").click();
  const form = nadia.page.locator('form[action="/circles/life-at-26-35/announce"]');
  await form.locator("textarea").fill("Running 10 minutes late tonight, sorry!");
  await Promise.all([nadia.page.waitForNavigation(), form.locator("button[type=submit]").click()]);
  assert.match(await nadia.page.locator("main .notice[role=status]").innerText(), /on its way/);
  await nadia.context.close();

  await sam.page.goto(server.base + "/circles");
  const count = sam.page.locator('nav a[href="/meets"] .unread-count');
  assert.ok(Number(await count.innerText()) >= 1, "the header counts unread notices");
  assert.match(await sam.page.locator('nav a[href="/meets"]').innerText(), /My meets/);

  await sam.page.goto(server.base + "/meets");
  const fresh = sam.page.locator(".notices-new");
  assert.match(await fresh.innerText(), /A message from the facilitators of Life at 26 to 35:/);
  assert.match(await fresh.innerText(), /Running 10 minutes late tonight, sorry!/);
  assert.equal(await count.count(), 0, "seen: the header stops counting");
  await assertNoViolations(sam.page, "/meets with new notices");

  await sam.page.reload();
  assert.equal(await sam.page.locator(".notices-new").count(), 0, "new once");
  assert.match(await sam.page.locator("#earlier-notices + ul").innerText(), /Running 10 minutes late tonight/);
  await assertNoViolations(sam.page, "/meets with earlier notices");
  await sam.context.close();
});

test("choosing how to hear of each kind works from the keyboard", async () => {
  const sam = await signedIn("Sam");
  await sam.page.goto(server.base + "/account");
  await assertNoViolations(sam.page, "/account");
  await tabTo(sam.page, 'input[name="reminder"][value="app"]', 80);
  await sam.page.keyboard.press("ArrowUp");
  assert.ok(await sam.page.isChecked('input[name="reminder"][value="off"]'), "arrow keys move within the group");
  await tabTo(sam.page, 'form[action="/account/notices"] button[type=submit]', 20);
  await Promise.all([sam.page.waitForNavigation(), sam.page.keyboard.press("Enter")]);
  assert.match(await sam.page.locator("main .notice[role=status]").innerText(), /choices are saved/);
  assert.ok(await sam.page.isChecked('input[name="reminder"][value="off"]'), "kept");
  await sam.context.close();
});
