// A whole meet in a real browser: a facilitator and two participants, each in
// their own browser context, from the demo data.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, launchBrowser, signIn, startServer, tabTo } from "./harness.mjs";

let server;
let browser;
let meet;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const circle = await (await fetch(`${server.base}/api/v1/circles/life-at-26-35`)).json();
  meet = circle.meets[0].id;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(alias) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base, alias);
  return page;
}

/** Someone new signs up and joins the demo circle once, agreements accepted. */
async function newMemberOfCircle(alias, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/signup`);
  await page.fill("#alias", alias);
  await page.fill("#password", password);
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
  await page.goto(`${server.base}/circles/life-at-26-35`);
  await Promise.all([page.waitForNavigation(), page.click("form[action$='/join'] button")]);
  await Promise.all([page.waitForNavigation(), page.click("text=I agree")]);
  return page;
}

/** Unfolds the facilitator's tools panel and all its groups. */
const openTools = (page) =>
  page.evaluate(() => {
    for (const group of document.querySelectorAll("#tools-panel, #tools-panel details")) group.open = true;
  });

async function inRoom(page) {
  await page.goto(`${server.base}/meets/${meet}/room`);
  await page.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
}

test("a facilitator and two participants hold a meet together", async () => {
  const nadia = await signedIn("Nadia");
  await nadia.goto(`${server.base}/meets/${meet}/room`);
  const waiting = await axeViolations(nadia);
  assert.deepEqual(waiting, [], JSON.stringify(waiting, null, 2));
  await Promise.all([nadia.waitForNavigation(), nadia.click("text=Open the room")]);
  await inRoom(nadia);
  await openTools(nadia);

  const sam = await signedIn("Sam");
  await inRoom(sam);

  // River joins as a new person: signs up, says they are coming, accepts the agreements.
  const riverContext = await browser.newContext();
  const river = await riverContext.newPage();
  await river.goto(`${server.base}/signup`);
  await river.fill("#alias", "River");
  await river.fill("#password", "a calm blue lake");
  await Promise.all([river.waitForNavigation(), river.click("form.stack button[type=submit]")]);
  await river.goto(`${server.base}/meets/${meet}`);
  await Promise.all([river.waitForNavigation(), river.click("form[action$='/rsvp'] button")]);
  await Promise.all([river.waitForNavigation(), river.click("text=I agree")]);
  await inRoom(river);
  await nadia.waitForSelector("#roster li:has-text('River')");

  // Words from one person reach the others.
  await sam.fill("#message-text", "Hello from Sam");
  await sam.click("#composer button[type=submit]");
  await river.waitForSelector(".message-text:has-text('Hello from Sam')");
  await nadia.waitForSelector(".message-text:has-text('Hello from Sam')");
  // Its time is in the style every page uses ("7:05 pm" or "19:05"), not "07:05 PM".
  const said = (await nadia.locator(".message:has-text('Hello from Sam') .author .meta").textContent()).trim();
  assert.match(said, /^\d{1,2}:\d{2}( am| pm)?$/);

  // A content warning hides the words until someone chooses to read them.
  await river.fill("#message-text", "Something heavy");
  await river.click("#room summary");
  await river.fill("#message-cw", "loss");
  await river.click("#composer button[type=submit]");
  const warned = sam.locator(".message", { hasText: "CW: loss" });
  await warned.waitFor();
  assert.equal(await warned.locator(".message-text").isVisible(), false);
  await warned.locator("button", { hasText: "Show" }).click();
  assert.equal(await warned.locator(".message-text").isVisible(), true);

  // A check-in round where River passes.
  await nadia.selectOption("#round-kind", "check_in");
  await nadia.click("#start-round");
  await river.waitForSelector("#round:not([hidden])");
  await river.click("#round-pass");
  await nadia.waitForSelector("#round-responses li:has-text('River passed')");
  await nadia.click("#stop-round");

  // A talking-piece round: Nadia shares, Sam passes, River passes; it ends by itself.
  await nadia.selectOption("#round-kind", "talking_piece");
  await nadia.click("#start-round");
  await nadia.waitForSelector("#round-done:not([hidden])");
  await nadia.click("#round-done");
  await sam.waitForSelector("#round-pass:not([hidden])");
  await sam.click("#round-pass");
  await river.waitForSelector("#round-pass:not([hidden])");
  await river.click("#round-pass");
  await nadia.waitForSelector("#round", { state: "hidden" });

  const roomViolations = await axeViolations(nadia);
  assert.deepEqual(roomViolations, [], JSON.stringify(roomViolations, null, 2));
  const participantViolations = await axeViolations(sam);
  assert.deepEqual(participantViolations, [], JSON.stringify(participantViolations, null, 2));

  // The facilitator removes River, who is told kindly and cannot return.
  await nadia.selectOption("#person", { label: "River" });
  await nadia.fill("#remove-reason", "Please take a break and talk with a coordinator");
  await nadia.click("#remove");
  await nadia.click("#remove-yes");
  await river.waitForSelector("#room-banner:has-text('asked you to leave')");
  assert.match(await river.locator("#room-banner").innerText(), /Please take a break/);
  await sam.waitForFunction(() => !document.getElementById("roster").textContent.includes("River"));
  const back = await river.goto(`${server.base}/meets/${meet}/room`);
  assert.equal(back.status(), 403);

  // Ending the meet closes the room for everyone.
  await nadia.click("#end");
  await Promise.all([nadia.waitForNavigation(), nadia.click("#end-yes")]);
  await sam.waitForSelector("#room-banner:has-text('The meet has ended')");
  await riverContext.close();
  await nadia.context().close();
  await sam.context().close();
});

test("a participant writes and responds using only the keyboard", async () => {
  const circle = await (await fetch(`${server.base}/api/v1/circles/life-at-26-35`)).json();
  meet = circle.meets[1].id;
  const nadia = await signedIn("Nadia");
  await nadia.goto(`${server.base}/meets/${meet}/room`);
  await Promise.all([nadia.waitForNavigation(), nadia.click("text=Open the room")]);
  await inRoom(nadia);
  const sam = await signedIn("Sam");
  await inRoom(sam);

  await tabTo(sam, "#message-text", 60);
  await sam.keyboard.type("Typed without a mouse");
  await tabTo(sam, "#composer button[type=submit]", 6);
  await sam.keyboard.press("Enter");
  await nadia.waitForSelector(".message-text:has-text('Typed without a mouse')");

  // A message is one Tab stop; its responses are a press of the arrow keys away.
  await tabTo(sam, ".message", 20);
  await sam.keyboard.press("ArrowRight");
  await sam.keyboard.press("ArrowRight");
  assert.equal(await sam.evaluate(() => document.activeElement.dataset.kind), "hear_you");
  await sam.keyboard.press("Enter");
  await nadia.waitForSelector(".reaction[data-kind='hear_you']:has-text('· 1')");
  await tabTo(sam, "#hand", 30);
  await sam.keyboard.press("Enter");
  await nadia.waitForSelector("#queue li:has-text('Sam')");
  assert.equal(await sam.getAttribute("#hand", "aria-pressed"), "true");
  // New messages are announced to screen readers through a polite live region.
  await nadia.fill("#message-text", "Welcome, everyone");
  await nadia.click("#composer button[type=submit]");
  await sam.waitForFunction(() => document.getElementById("announcer").textContent.includes("Welcome, everyone"));
  await nadia.context().close();
  await sam.context().close();
});

test("crisis words reach the facilitator as an alert and the writer as a card, and others see only the message", async () => {
  const circle = await (await fetch(`${server.base}/api/v1/circles/life-at-26-35`)).json();
  meet = circle.meets[2].id;
  const nadia = await signedIn("Nadia");
  await nadia.goto(`${server.base}/meets/${meet}/room`);
  await Promise.all([nadia.waitForNavigation(), nadia.click("text=Open the room")]);
  await inRoom(nadia);
  const sam = await signedIn("Sam");
  await inRoom(sam);
  // Juniper joins the circle once, which holds a seat at every meet.
  const kai = await newMemberOfCircle("Juniper", "a quiet green hill");
  await inRoom(kai);

  await sam.fill("#message-text", "honestly I don't want to be alive anymore");
  await sam.click("#composer button[type=submit]");
  await kai.waitForSelector(".message-text:has-text('alive anymore')");
  await nadia.waitForSelector("#alerts li:has-text('Sam may need a check-in')");
  await sam.waitForSelector("#care-card:not([hidden])");
  assert.match(await sam.locator("#care-card").innerText(), /Samaritans|Tele-MANAS/, "helplines for the region");
  assert.equal(await kai.locator("#care-card").isVisible(), false, "others get no card");
  assert.equal(await kai.locator("#alerts").count(), 0, "and no alerts");
  const withCard = await axeViolations(sam);
  assert.deepEqual(withCard, [], JSON.stringify(withCard, null, 2));
  await sam.click("#care-close");
  await sam.waitForSelector("#care-card", { state: "hidden" });

  // "I'm not okay", privately.
  await kai.click("text=I'm not okay");
  await kai.click("#not-okay");
  await nadia.waitForSelector("#alerts li:has-text('Juniper asked for a check-in')");
  await kai.waitForSelector("#care-asked:not([hidden])");

  // A block lasts the meet, and a reloaded page still shows it.
  await sam.click("#roster button[aria-label='Block Juniper']");
  await sam.waitForSelector("#roster button[aria-label='Unblock Juniper'][aria-pressed='true']");
  await inRoom(sam);
  await sam.waitForSelector("#roster button[aria-label='Unblock Juniper'][aria-pressed='true']");
  await nadia.context().close();
  await sam.context().close();
  await kai.context().close();
});
