// The crisis moment in a real browser: a participant in London is shown UK
// helplines with 999 first on /help, as calm cards, axe-clean on a phone and a desktop.
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

for (const width of [360, 1280]) {
  test(`a London participant's care card on /help shows UK lines with 999 first at ${width} px`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    // Sam's profile time zone is Europe/London; the demo organisation is in India.
    await signIn(page, server.base, "Sam");
    await page.goto(server.base + "/help");
    assert.match(await page.textContent("#region-heading"), /Helplines in the UK/);
    const first = page.locator(".help-cards > li").first();
    assert.match(await first.textContent(), /999/);
    const call = first.locator("a[href='tel:999']");
    assert.ok(await call.isVisible(), "999 is a visible link to call");
    const box = await call.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `a large tap target (${box.width}x${box.height})`);
    assert.equal(await page.locator("text=Tele-MANAS").count(), 0, "not the organisation's country");
    // Hours are in Sam's own time and clock: Switchboard answers 10:00–22:00 London time.
    assert.match(await page.textContent(".help-cards"), /every day 10:00 – 22:00 London time/);
    if (process.env.HOLDSPACE_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.HOLDSPACE_SCREENSHOTS}/help-${width}.png`, fullPage: true });
    }
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
  });
}
