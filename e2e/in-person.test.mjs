// In-person meets: the facilitator's page with the meet's QR code, and the
// check-in page it opens on a phone, checked with axe-core at 360 px.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, launchBrowser, signIn, startServer } from "./harness.mjs";

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

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what} has accessibility violations:\n${JSON.stringify(violations, null, 2)}`);
}

test("people scan the meet's code on a phone and count themselves in once", async () => {
  const facilitator = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const desk = await facilitator.newPage();
  await signIn(desk, server.base, "Meera");
  const api = await (await fetch(server.base + "/api/v1/circles/dementia-carers")).json();
  const meet = api.meets[0].id;
  await desk.goto(`${server.base}/facilitate/meets/${meet}`);
  assert.ok(await desk.locator("svg.qr").isVisible(), "the QR code is shown");
  await assertNoViolations(desk, "the facilitator's page at the venue");
  const link = (await desk.locator(".qr-link").textContent()).trim();
  assert.match(link, /\/here\/\d+\.[\w-]+$/);

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await page.goto(link);
  await assertNoViolations(page, "the check-in page");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "I'm here" }).click()]);
  assert.match(await page.locator("main").textContent(), /You are counted in/);
  await assertNoViolations(page, "the check-in page once counted");
  await page.reload();
  assert.equal(await page.getByRole("button", { name: "I'm here" }).count(), 0, "nothing to tap twice");

  await desk.reload();
  assert.match(await desk.locator("main").textContent(), /1 person has counted themselves in/);
  await desk.goto(`${server.base}/facilitate/meets/${meet}/sheet`);
  await assertNoViolations(desk, "the evening's sheet");
  await desk.emulateMedia({ media: "print" });
  assert.equal(await desk.locator(".site-header").isVisible(), false, "the sheet prints without the site's header");
  await phone.close();
  await facilitator.close();
});
