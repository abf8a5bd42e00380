// Holdspace in Hindi on a phone: a newcomer chooses हिन्दी in the footer,
// signs up, finds a circle, says they are coming and enters the room, and
// every page on the way says it is Hindi, fits 360 px and is axe-clean.
// Assertions are on languages, layout and the flow, not on Hindi words a
// partial translation may not have yet.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, launchBrowser, signIn, startServer } from "./harness.mjs";

const CIRCLE = "life-at-26-35"; // run by Nadia in the demo
let server;
let browser;
let meet;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const circle = await (await fetch(`${server.base}/api/v1/circles/${CIRCLE}`)).json();
  meet = circle.meets[0].id;
  const nadia = await (await browser.newContext()).newPage();
  await signIn(nadia, server.base, "Nadia");
  await nadia.goto(`${server.base}/meets/${meet}/room`);
  await Promise.all([nadia.waitForNavigation(), nadia.click("form[action$='/room/open'] button")]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** In Hindi, axe-clean, and nothing wider than the phone. */
async function checkPage(page, where) {
  assert.equal(await page.getAttribute("html", "lang"), "hi", `${where} says it is Hindi`);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll("button, .button, select, input")].filter(
      (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || el.scrollWidth > el.clientWidth + 1,
    );
    return { page: document.documentElement.scrollWidth, wide: wide.map((el) => el.outerHTML.slice(0, 120)) };
  });
  assert.ok(overflow.page <= 360, `${where} fits 360 px (${overflow.page})`);
  assert.deepEqual(overflow.wide, [], `${where}: no clipped controls`);
}

test("a newcomer does everything in Hindi at 360 px", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.selectOption("#language-switch", "hi");
  await Promise.all([page.waitForNavigation(), page.click(".language-switch button")]);
  assert.equal(new URL(page.url()).pathname, "/", "back on the same page");
  await checkPage(page, "home");
  const font = await page.evaluate(() => getComputedStyle(document.querySelector(".nav a")).fontFamily);
  assert.match(font, /^"Noto Sans Devanagari"/, "a Devanagari face first");

  await page.goto(`${server.base}/signup`);
  await checkPage(page, "sign-up form");
  assert.equal(await page.inputValue("#language"), "hi", "the profile language starts as the one chosen");
  await page.fill("#alias", "Meenu");
  await page.fill("#password", "a calm blue lake");
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
  assert.equal(await page.getAttribute("html", "lang"), "hi");

  await page.goto(`${server.base}/circles?q=${encodeURIComponent("अकेलापन")}`);
  await checkPage(page, "search in Hindi");
  await page.goto(`${server.base}/circles/${CIRCLE}`);
  await checkPage(page, "circle page");
  assert.equal(await page.getAttribute("h1", "lang"), "en", "the circle's English name says so");

  await page.goto(`${server.base}/meets/${meet}`);
  await checkPage(page, "meet page");
  await Promise.all([page.waitForNavigation(), page.click("form[action$='/rsvp'] button")]);
  await checkPage(page, "agreements");
  await Promise.all([page.waitForNavigation(), page.click("form[action$='/agreements'] button[type=submit]")]);

  await page.goto(`${server.base}/meets/${meet}/room`);
  const connected = await page.evaluate(() => JSON.parse(document.getElementById("room-strings").textContent)["room-connected"]);
  await page.waitForFunction((text) => document.getElementById("room-status")?.textContent.includes(text), connected);
  await checkPage(page, "room");
  await page.fill("#message-text", "नमस्ते, मैं पहली बार आई हूँ");
  await page.click("#composer button[type=submit]");
  const said = page.locator(".message-text", { hasText: "नमस्ते" });
  await said.waitFor();
  assert.equal(await said.getAttribute("lang"), "hi", "a Hindi message says so");
  await context.close();
});

test("help in Hindi names the country and the lines' own words in Hindi at 360 px", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addCookies([{ name: "hs_lang", value: "hi", url: server.base }]);
  const page = await context.newPage();
  await page.goto(`${server.base}/help?country=IN`);
  await checkPage(page, "help for India");
  assert.match(await page.textContent("#region-heading"), /^भारत/, "India by its Hindi name");
  const teleManas = page.locator(".helpline", { hasText: "Tele-MANAS" });
  assert.equal(await teleManas.locator("h3 span").first().getAttribute("lang"), "en", "the line's own name says so");
  assert.match(await teleManas.locator("p").first().textContent(), /भारत सरकार/, "what it is, in Hindi");
  await page.goto(`${server.base}/help?country=${encodeURIComponent("यूनाइटेड किंगडम")}`);
  assert.match(await page.textContent("#region-heading"), /^यूनाइटेड किंगडम/, "a country typed in Hindi is found");
  await context.close();
});
