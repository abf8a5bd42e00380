// Signing up, out and in again with the keyboard only.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_PASSWORD, focusIsVisible, launchBrowser, startServer, tabTo } from "./harness.mjs";

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

test("the first Tab reaches a skip link that moves focus to the main content", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "/circles");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  assert.ok(await focusIsVisible(page), "the skip link shows focus");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("main").contains(document.activeElement));
  assert.ok(inMain, "after the skip link, Tab continues inside the main content");
  await page.close();
});

test("sign up, sign out and sign in again using only the keyboard", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.base + "/signup");

  await tabTo(page, "#alias");
  assert.ok(await focusIsVisible(page), "the alias field shows focus");
  await page.keyboard.type("Keyboard Kai");
  await tabTo(page, "#password", 5);
  await page.keyboard.type("typed without a mouse");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.equal(await page.locator("h1").innerText(), "Save your recovery codes");
  assert.equal(await page.locator("ol.codes li").count(), 8);

  await tabTo(page, "a.button:not([download])"); // past "Download as a text file"
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.equal(new URL(page.url()).pathname, "/circles");

  await tabTo(page, "button.link-button");
  assert.ok(await focusIsVisible(page), "the sign-out button shows focus");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.match(await page.locator("[role=status]").innerText(), /signed out/);

  await tabTo(page, "a[href='/signin']");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await tabTo(page, "#alias");
  await page.keyboard.type("keyboard kai");
  await page.keyboard.press("Tab");
  await page.keyboard.type("typed without a mouse");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.equal(new URL(page.url()).pathname, "/meets", "signing in leads to what is on now or next");
  assert.match(await page.locator("h1").innerText(), /My meets/);
  await context.close();
});

test("RSVP to a meet using only the keyboard, accepting the agreements on the way", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.base + "/signin?next=/circles/after-a-loss");
  await tabTo(page, "#alias");
  await page.keyboard.type("Sam");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.equal(new URL(page.url()).pathname, "/circles/after-a-loss");

  await tabTo(page, "form[action$='/rsvp'] button", 60);
  assert.ok(await focusIsVisible(page), "the RSVP button shows focus");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.match(new URL(page.url()).pathname, /\/agreements$/);
  await tabTo(page, "form.stack button");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.equal(new URL(page.url()).pathname, "/circles/after-a-loss");
  assert.match(await page.locator("[role=status]").innerText(), /You have a seat/);
  assert.equal(await page.locator(".meet .badge", { hasText: "You have a seat" }).count(), 1);
  await context.close();
});

test("a mistake on the sign-in form is announced and reachable by keyboard", async () => {
  const page = await browser.newPage();
  await page.goto(server.base + "/signin");
  await tabTo(page, "#alias");
  await page.keyboard.type("Nobody Here");
  await page.keyboard.press("Tab");
  await page.keyboard.type("not a password at all");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  const summary = page.locator(".error-summary[role=alert]");
  assert.ok(await summary.isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("error-summary")), true, "focus moves to the problems");
  await tabTo(page, ".error-summary a", 3);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "password");
  assert.equal(await page.getAttribute("#password", "aria-invalid"), "true");
  await page.close();
});
