// The rota in a real browser: the coordinator's dashboard lists the meet
// that needs cover, the rota page is axe-clean, Dev cannot make a meet he
// leads and asks for cover, Priya takes it over from "My meets", and the
// coordinator sees the swap.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, signIn, startServer } from "./harness.mjs";

const CIRCLE = "Young adults 18 to 25";

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

async function pageFor(alias, width) {
  const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  await signIn(page, server.base, alias);
  return page;
}

test("a facilitator asks for cover, another takes it, and the coordinator sees the swap", async () => {
  const meera = await pageFor("Meera", 1280);
  await meera.goto(`${server.base}/admin`);
  const dashboard = await meera.locator("main").innerText();
  assert.match(dashboard, /Meets in the next 14 days that need a facilitator/);
  assert.match(dashboard, /Dev can't make it: needs cover/, "the demo's call for cover");
  assert.match(dashboard, /more than twice the median/);
  await noViolations(meera, "the coordinator's dashboard");
  await meera.goto(`${server.base}/admin/rota`);
  await noViolations(meera, "the rota page");

  const dev = await pageFor("Dev", 360);
  await dev.goto(`${server.base}/meets`);
  const his = dev.locator(`.rota-mine li:has-text("${CIRCLE}"):has-text("You lead this one")`).first();
  const meetId = (await his.getAttribute("id")).replace("rota-", "");
  await Promise.all([dev.waitForNavigation(), his.locator("button:has-text('I need cover')").click()]);
  assert.match(await dev.locator("main").innerText(), /We've told the facilitators who can hold this meet/);
  assert.match(await dev.locator(`#rota-${meetId}`).innerText(), /You asked for cover/);
  await noViolations(dev, "My meets with a rota");

  // Priya reads Holdspace in Hindi; she is told, and takes it over.
  const priya = await pageFor("Priya", 360);
  await priya.goto(`${server.base}/meets`);
  assert.match(await priya.locator("main").innerText(), /Dev की जगह मैं संभालूँ/);
  const cover = priya.locator(`#rota-${meetId}`);
  assert.match(await cover.innerText(), /Dev नहीं आ पाएँगे: कवर चाहिए/);
  await Promise.all([priya.waitForNavigation(), cover.locator("form[action$='/rota/claim'] button").click()]);
  assert.match(await priya.locator("main").innerText(), /अब यह मीटिंग आपके ज़िम्मे है/);
  assert.match(await priya.locator(`#rota-${meetId}`).innerText(), /यह मीटिंग आप लीड करेंगे/);
  await noViolations(priya, "My meets in Hindi, after taking over a meet");

  await meera.goto(`${server.base}/admin`);
  assert.match(await meera.locator("main").innerText(), /Priya is covering for Dev \(Lead\) at Young adults 18 to 25/);
  await meera.goto(`${server.base}/admin/audit`);
  assert.match(await meera.locator("main").innerText(), /Took over a meet as cover/);
});
