// Every page that exists, checked with axe-core (WCAG 2.1 A and AA) in a real browser.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
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

async function assertAccessible(page, path, expectedStatus = 200) {
  const response = await page.goto(server.base + path);
  assert.equal(response.status(), expectedStatus, `${path} status`);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${path} has accessibility violations:\n${JSON.stringify(violations, null, 2)}`);
}

describe("pages anyone can see", () => {
  const paths = [
    "/",
    "/circles",
    "/circles/after-a-loss",
    "/circles/nayi-maa",
    "/circles/dementia-carers",
    "/circles?q=my+mum+has+dementia",
    "/circles?format=in-person&language=hi",
    "/circles/lgbtqia-circle?tz=Asia%2FKolkata",
    "/signup",
    "/signin",
    "/recover",
    "/reset",
  ];
  for (const path of paths) {
    test(`${path} has no axe violations`, async () => {
      const page = await browser.newPage();
      await assertAccessible(page, path);
      await page.close();
    });
  }

  test("a meet page and the drop-in form have no axe violations", async () => {
    const page = await browser.newPage();
    const api = await (await fetch(server.base + "/api/v1/circles/lgbtqia-circle")).json();
    const meet = api.meets[0].id;
    await assertAccessible(page, `/meets/${meet}`);
    await assertAccessible(page, `/meets/${meet}/drop-in`);
    await page.close();
  });

  test("the not-found page has no axe violations", async () => {
    const page = await browser.newPage();
    await assertAccessible(page, "/no-such-page", 404);
    await page.close();
  });

  test("a form shown again with its problems has no axe violations", async () => {
    const page = await browser.newPage();
    await page.goto(server.base + "/signup");
    await page.fill("#alias", "x");
    await page.fill("#password", "short");
    await page.fill("#email", "not-an-email");
    await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
    assert.ok(await page.isVisible(".error-summary"));
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
  });
});

describe("pages for signed-in people", () => {
  test("a new member's recovery codes page has no axe violations", async () => {
    const page = await browser.newPage();
    await page.goto(server.base + "/signup");
    await page.fill("#alias", "Axe Check");
    await page.fill("#password", "a calm blue lake");
    await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
    assert.equal(await page.locator("ol.codes li").count(), 8);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.close();
  });

  for (const path of ["/account", "/account/password", "/account/delete", "/meets", "/facilitate", "/circles/after-a-loss", "/circles/grief/agreements".replace("grief", "after-a-loss")]) {
    test(`${path} has no axe violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, server.base, "Ruth");
      await assertAccessible(page, path);
      await context.close();
    });
  }

  for (const path of ["/admin", "/admin/members", "/admin/audit", "/admin/settings", "/admin/circles", "/admin/circles/new", "/admin/circles/chai-aur-baat"]) {
    test(`coordinator page ${path} has no axe violations`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, server.base, "Meera");
      await assertAccessible(page, path);
      await context.close();
    });
  }

  test("the one-time password page has no axe violations", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.base, "Meera");
    await page.goto(server.base + "/admin/members?q=sam");
    await Promise.all([page.waitForNavigation(), page.click("text=One-time password for Sam")]);
    assert.equal(await page.locator(".one-time-password code").count(), 1);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await context.close();
  });

  test("a page at 200% zoom on a narrow phone still has no axe violations", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await signIn(page, server.base, "Meera");
    await assertAccessible(page, "/admin/members");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert.equal(overflow, false, "no sideways scrolling on a 360px screen");
    await context.close();
  });
});
