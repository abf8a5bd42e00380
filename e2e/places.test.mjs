// Places by the names people use: a time zone and a country are typed or
// chosen from a list by name (never as codes), and /help names the region
// as people say it ("Helplines in Germany", "Helplines in the UK").
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, startServer } from "./harness.mjs";

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

test("a time zone and a country are chosen by the names people use", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(server.base + "/signup");
  const zone = page.locator("#time_zone");
  assert.equal(await zone.getAttribute("list"), "zone-names", "a type-ahead list, no script needed");
  const offered = await page.locator("#zone-names option").evaluateAll((os) => os.map((o) => o.value));
  assert.ok(offered.includes("Kolkata (India)") && offered.includes("London (UK)"), "cities with their countries");
  assert.ok(!offered.some((o) => o.includes("/")), "no zone codes like Asia/Kolkata");
  await noViolations(page, "sign-up at 360 px");

  await page.fill("#alias", "Wayfarer");
  await page.fill("#password", "a long and quiet evening");
  await zone.fill("Kolkata (India)");
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
  await page.goto(server.base + "/account");
  assert.equal(await page.inputValue("#time_zone"), "Kolkata (India)", "kept, and shown by name");

  await page.fill("#country", "Germany");
  await Promise.all([page.waitForNavigation(), page.click("form[action='/account/profile'] button[type=submit]")]);
  assert.equal(await page.inputValue("#country"), "Germany");
  await noViolations(page, "account at 360 px");

  await page.fill("#country", "Germanyy");
  await Promise.all([page.waitForNavigation(), page.click("form[action='/account/profile'] button[type=submit]")]);
  assert.match(await page.textContent("#country-problem"), /could not find that country/);

  await page.goto(server.base + "/help");
  assert.match(await page.textContent("#region-heading"), /^Helplines in Germany$/, "the profile's country, by name");
  await page.close();
});

test("sign-up offers the browser's own time zone by its name", async () => {
  const context = await browser.newContext({ timezoneId: "Europe/London", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.base + "/signup");
  assert.equal(await page.inputValue("#time_zone"), "London (UK)");
  await noViolations(page, "sign-up at 1280 px");
  await context.close();
  // Chromium still calls India's zone by its old name, Asia/Calcutta.
  const india = await browser.newContext({ timezoneId: "Asia/Kolkata" });
  const indian = await india.newPage();
  await indian.goto(server.base + "/signup");
  assert.equal(await indian.inputValue("#time_zone"), "Kolkata (India)");
  await india.close();
});

for (const width of [360, 1280]) {
  test(`a visitor from Germany reads "Helplines in Germany" at ${width} px`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(server.base + "/help?region=DE");
    assert.equal((await page.textContent("#region-heading")).trim(), "Helplines in Germany");
    assert.match(await page.textContent("main"), /Not in Germany\?/);
    await noViolations(page, `/help?region=DE at ${width} px`);

    // Another country, typed by name in the region choice.
    await page.fill("#country", "the uk");
    await Promise.all([page.waitForNavigation(), page.click(".region-form button[type=submit]")]);
    assert.equal((await page.textContent("#region-heading")).trim(), "Helplines in the UK");
    await page.close();
  });
}
