// A circle's words in Hindi, in a real browser: the coordinator gives them on
// the circle's admin page (axe-clean), and a reader who chose Hindi meets the
// circle in them, marked lang="hi"; screenshots of that page at 360 and 1280 px.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, noViolations, signIn, startServer } from "./harness.mjs";

const CIRCLE = "dementia-carers";
const NAME = "डिमेंशिया की देखभाल करने वालों का सर्कल";
const SUMMARY = "अपने किसी प्यारे की देखभाल करते हुए थक जाएँ, तो यहाँ बात कर सकते हैं।";

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

test("a coordinator gives a circle its words in Hindi, and a Hindi reader meets the circle in them", async () => {
  const meera = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(meera, server.base, "Meera");
  await meera.goto(`${server.base}/admin/circles/${CIRCLE}#text-hi`);
  await noViolations(meera, "the circle's page for coordinators, with the Hindi form");
  await meera.fill("#text-hi-name", NAME);
  await meera.fill("#text-hi-summary", SUMMARY);
  await Promise.all([meera.waitForNavigation(), meera.click("text=Save the Hindi words")]);
  assert.equal(await meera.inputValue("#text-hi-name"), NAME);
  await noViolations(meera, "the form once saved");

  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await context.addCookies([{ name: "hs_lang", value: "hi", url: server.base }]);
    const reader = await context.newPage();
    await reader.goto(`${server.base}/circles/${CIRCLE}`);
    const heading = reader.locator("h1");
    assert.equal(await heading.innerText(), NAME);
    assert.equal(await heading.getAttribute("lang"), "hi");
    await noViolations(reader, `the circle in Hindi at ${width} px`);
    if (process.env.SHOTS_DIR) {
      await reader.screenshot({ path: `${process.env.SHOTS_DIR}/circle-hi-${width}.png`, fullPage: true });
    }
    await context.close();
  }
});
