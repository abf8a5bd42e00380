// The way in: a guest goes from a circle's page into its open room in the
// fewest steps, and every page on the way is axe-clean on a phone and a laptop.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_PASSWORD, launchBrowser, noViolations, startServer } from "./harness.mjs";

const CIRCLE = "lgbtqia-circle"; // a drop-in circle in the demo, run by Jo
let server;
let browser;
let meet;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const circle = await (await fetch(`${server.base}/api/v1/circles/${CIRCLE}`)).json();
  meet = circle.meets[0].id;
  const context = await browser.newContext();
  const jo = await context.newPage();
  await jo.goto(`${server.base}/signin?next=/meets/${meet}/room`);
  await jo.fill("#alias", "Jo");
  await jo.fill("#password", DEMO_PASSWORD);
  await Promise.all([jo.waitForNavigation(), jo.click("form.stack button[type=submit]")]);
  await Promise.all([jo.waitForNavigation(), jo.click("text=Open the room")]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [width, height] of [
  [360, 740],
  [1280, 800],
]) {
  test(`a guest goes from the circle page into the open room in two steps at ${width}px`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${server.base}/circles/${CIRCLE}`);
    await noViolations(page, "circle page");
    const enter = page.locator(`a.button[href="/meets/${meet}/drop-in"]`);
    assert.match(await enter.innerText(), /Enter the live room/);

    await Promise.all([page.waitForNavigation(), enter.click()]); // step 1
    assert.equal(new URL(page.url()).pathname, `/meets/${meet}/drop-in`);
    await noViolations(page, "drop-in form");
    await page.fill("#alias", `Quiet Fox ${width}`);
    await page.check("#agree-yes");
    await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]); // step 2

    assert.equal(new URL(page.url()).pathname, `/meets/${meet}/room`, "straight into the room");
    await page.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
    await context.close();
  });
}

test("the home page offers a search box, and its words lead to circles", async () => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await noViolations(page, `home at ${width}px`);
    await page.fill("#q", "mujhe bahut akela lagta hai");
    await Promise.all([page.waitForNavigation(), page.click(".home-search button")]);
    assert.equal(new URL(page.url()).pathname, "/circles");
    await noViolations(page, `search results at ${width}px`);
    const first = page.locator(".cards .card").first();
    assert.match(await first.innerText(), /Language\s+(English, )?Hindi/, "a circle held in Hindi first (its languages named as an English reader says them)");
    assert.equal(await page.locator("details.filters").getAttribute("open"), null, "filters wait below, closed");
    await context.close();
  }
});

test("recovery codes download as a text file, and copy and print buttons appear with the script", async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/signup`);
  await page.fill("#alias", "Careful Wren");
  await page.fill("#password", "a long and careful password");
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
  await noViolations(page, "recovery codes");
  const codes = await page.locator("ol.codes code").allInnerTexts();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#codes-download")]);
  assert.equal(download.suggestedFilename(), "recovery-codes.txt");
  const text = await new Promise(async (resolve) => {
    const chunks = [];
    const stream = await download.createReadStream();
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
  for (const code of codes) assert.ok(text.includes(code), `${code} is in the file`);
  assert.ok(await page.isVisible("#codes-copy"), "copy is offered once the script runs");
  assert.ok(await page.isVisible("#codes-print"), "and print");
  await context.close();
});
