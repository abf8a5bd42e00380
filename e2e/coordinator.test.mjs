// Coordinator forms in a real browser, on a phone and a laptop: an error
// summary names each field and takes the keyboard to it; the helplines and
// alerts pages are axe-clean.
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

async function coordinator(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await signIn(page, server.base, "Meera");
  return page;
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
]) {
  test(`the new-circle form names each problem and leads to its field at ${width}px`, async () => {
    const page = await coordinator(width, height);
    await page.goto(`${server.base}/admin/circles/new`);
    await page.fill("#summary", "A calm evening cup of tea");
    await page.fill("#capacity", "lots");
    await Promise.all([page.waitForNavigation(), page.click("text=Create the circle")]);
    const summary = page.locator(".error-summary");
    assert.ok(await summary.isVisible(), "the summary is shown");
    const items = await summary.locator("li").allInnerTexts();
    assert.ok(items.some((i) => i.startsWith("Circle name:")), items.join(" | "));
    assert.ok(items.some((i) => i.startsWith("Seats:")), items.join(" | "));
    assert.equal(await page.inputValue("#summary"), "A calm evening cup of tea", "what was typed is kept");
    await noViolations(page, "the form with its problems");
    await summary.locator("a[href='#capacity']").click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "capacity", "the link leads to the field");
    const label = await page.locator("label[for=capacity]").boundingBox();
    assert.ok(label.y >= 0 && label.y + label.height <= height, `with its label in view: ${JSON.stringify(label)}`);
    await page.context().close();
  });

  test(`the helplines and alerts pages are axe-clean at ${width}px`, async () => {
    const page = await coordinator(width, height);
    for (const path of ["/admin/helplines", "/facilitate/alerts"]) {
      await page.goto(`${server.base}${path}`);
      await noViolations(page, path);
    }
    await page.context().close();
  });
}
