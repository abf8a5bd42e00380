// Anonymous feedback and the impact report in a real browser: axe-core at a
// phone's width and a desktop's, answering once, and a summary that prints
// on one page.
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

const WIDTHS = [360, 1280];

async function signedIn(alias) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base, alias);
  return { context, page };
}

async function assertAccessibleAtEveryWidth(page, what) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${what} at ${width}px:\n${JSON.stringify(violations, null, 2)}`);
  }
}

describe("anonymous feedback", () => {
  test("someone who came finds the form in My meets, answers once, and is told how it is kept", async () => {
    const { context, page } = await signedIn("Sam");
    await page.goto(server.base + "/meets");
    const link = page.getByRole("link", { name: /Give feedback on After a loss/ });
    await Promise.all([page.waitForNavigation(), link.click()]);
    assert.match(page.url(), /\/meets\/\d+\/feedback$/);
    assert.match(await page.textContent(".feedback-private"), /without your name or alias/);
    await assertAccessibleAtEveryWidth(page, "the feedback form");

    // A word with a number in it is refused kindly, with the choices kept.
    await page.getByLabel("Better").check();
    await page.getByLabel("Partly").check();
    await page.fill("#word", "call 07700900123");
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit].button")]);
    assert.match(await page.textContent(".error-summary"), /letters only/);
    assert.equal(await page.getByLabel("Better").isChecked(), true);
    await assertAccessibleAtEveryWidth(page, "the form with a problem");

    await page.fill("#word", "Lighter");
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit].button")]);
    assert.match(await page.textContent("main"), /Your answers are in/);
    await assertAccessibleAtEveryWidth(page, "the thanks");

    await page.goto(server.base + "/meets");
    assert.equal(await page.getByRole("link", { name: /Give feedback on After a loss/ }).count(), 0, "asked once");
    await context.close();
  });
});

describe("the impact report", () => {
  test("the report, its summary and the questions have no axe violations at 360 and 1280 px", async () => {
    const { context, page } = await signedIn("Meera");
    for (const path of ["/report", "/report?circle=after-a-loss", "/report/summary", "/admin/feedback"]) {
      const response = await page.goto(server.base + path);
      assert.equal(response.status(), 200, path);
      await assertAccessibleAtEveryWidth(page, path);
    }
    await page.goto(server.base + "/report");
    assert.match(await page.textContent("main"), /fewer than 5/);
    const chart = page.locator("svg.chart").first();
    assert.equal(await chart.getAttribute("role"), "img");
    assert.ok((await chart.locator("title").textContent()).length > 0, "each chart has a title");
    const csv = await page.request.get(server.base + (await page.getAttribute("a[download]", "href")));
    assert.match(csv.headers()["content-type"], /^text\/csv/);
    assert.match(await csv.text(), /^month,circle,figure,value/);
    await context.close();
  });

  test("the summary prints on one page", async () => {
    const { context, page } = await signedIn("Meera");
    await page.goto(server.base + "/report/summary");
    const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.equal(pages.length, 1, "one page for a funder");
    await context.close();
  });

  test("a facilitator sees only their own circles", async () => {
    const { context, page } = await signedIn("Ruth");
    await page.goto(server.base + "/report");
    const options = await page.locator("#circle option").allTextContents();
    assert.ok(options.length >= 2 && options.length < 6, `Ruth's circles only: ${options}`);
    await assertAccessibleAtEveryWidth(page, "a facilitator's report");
    await context.close();
  });
});
