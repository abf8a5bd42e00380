// The room as the people in it meet it (issue 14): controls that should be
// hidden are, the keyboard sends, a facilitator on a phone cannot miss an
// alert, and the people list reads clearly. One drop-in room, opened by Jo.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, launchBrowser, signIn, startServer, tabTo } from "./harness.mjs";

let server;
let browser;
let meet;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const circle = await (await fetch(`${server.base}/api/v1/circles/lgbtqia-circle`)).json();
  meet = circle.meets[0].id;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(alias, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: width <= 400 ? 740 : 800 } });
  const page = await context.newPage();
  await signIn(page, server.base, alias);
  return page;
}

async function inRoom(page) {
  await page.goto(`${server.base}/meets/${meet}/room`);
  if (page.url().includes("/agreements")) {
    await Promise.all([page.waitForNavigation(), page.click("text=I agree")]);
    await page.goto(`${server.base}/meets/${meet}/room`);
  }
  await page.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
}

let opened = false;
/** Jo, the circle's facilitator, in the room (opening it the first time). */
async function facilitator(width = 1280) {
  const jo = await signedIn("Jo", width);
  if (!opened) {
    await jo.goto(`${server.base}/meets/${meet}/room`);
    await Promise.all([jo.waitForNavigation(), jo.click("text=Open the room")]);
    opened = true;
  }
  await inRoom(jo);
  return jo;
}

/** A guest who drops in with just an alias. */
async function guest(alias, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: width <= 400 ? 740 : 800 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/meets/${meet}/drop-in`);
  await page.fill("#alias", alias);
  await page.check("#agree-yes");
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
  await inRoom(page);
  return page;
}

/** The ids (or text) of elements inside the room that are hidden yet take up space on screen. */
const shownThoughHidden = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("#room [hidden]")]
      .filter((node) => node.getClientRects().length > 0)
      .map((node) => node.id || node.textContent.trim().slice(0, 40)),
  );

/** Unfolds the facilitator's tools panel and all its groups. */
const openTools = (page) =>
  page.evaluate(() => {
    for (const group of document.querySelectorAll("#tools-panel, #tools-panel details")) group.open = true;
  });

async function assertAccessible(page) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
}

test("controls that do not apply are not shown: Resume while not paused, Done and Pass when it is not your turn", async () => {
  const jo = await facilitator();
  const sam = await signedIn("Sam");
  await inRoom(sam);
  await openTools(jo);
  assert.deepEqual(await shownThoughHidden(jo), []);
  assert.deepEqual(await shownThoughHidden(sam), []);
  assert.equal(await jo.locator("#resume").isVisible(), false, "Resume only while paused");
  assert.equal(await sam.locator("#round-done").isVisible(), false);
  assert.equal(await sam.locator("#round-pass").isVisible(), false);

  await jo.click("#pause");
  await jo.waitForSelector("#resume", { state: "visible" });
  assert.equal(await jo.locator("#pause").isVisible(), false, "Pause hides while paused");
  await jo.click("#resume");
  await jo.waitForSelector("#resume", { state: "hidden" });

  // A check-in: once Sam has passed, neither Pass nor "I have finished sharing" is offered.
  await jo.selectOption("#round-kind", "check_in");
  await jo.click("#start-round");
  await sam.waitForSelector("#round-pass", { state: "visible" });
  assert.equal(await sam.locator("#round-done").isVisible(), false, "no 'finished sharing' in a check-in");
  await sam.click("#round-pass");
  await jo.waitForSelector("#round-responses li:has-text('Sam passed')");
  await sam.waitForSelector("#round-pass", { state: "hidden" });
  assert.deepEqual(await shownThoughHidden(sam), []);
  await jo.click("#stop-round");
  await sam.waitForSelector("#round", { state: "hidden" });
  for (const width of [360, 1280]) {
    await jo.setViewportSize({ width, height: 740 });
    await assertAccessible(jo);
  }
  await jo.context().close();
  await sam.context().close();
});

test("check-in numbers: the facilitator and the person see 3/5, others the word only", async () => {
  const jo = await facilitator();
  const sam = await signedIn("Sam", 360);
  await inRoom(sam);
  const ivy = await guest("Ivy");
  await openTools(jo);
  await jo.selectOption("#round-kind", "check_in");
  await jo.click("#start-round");
  await sam.waitForSelector("#round-mood", { state: "visible" });
  assert.match(await sam.locator("#mood-who").innerText(), /Only the facilitators see your number/);
  await sam.check("input[name=mood][value='3']");
  await sam.fill("#mood-word", "hopeful");
  await sam.click("#mood-send");
  await jo.waitForSelector("#round-responses li:has-text('Sam: 3/5, “hopeful”')");
  await sam.waitForSelector("#round-responses li:has-text('Sam: 3/5, “hopeful”')");
  await ivy.waitForSelector("#round-responses li:has-text('Sam checked in: “hopeful”')");
  assert.doesNotMatch(await ivy.locator("#round-responses").innerText(), /3\/5/, "no number for others");
  // Coming back, Ivy still sees the word and not the number.
  await ivy.reload();
  await ivy.waitForSelector("#round-responses li:has-text('Sam checked in: “hopeful”')");
  assert.doesNotMatch(await ivy.locator("#round-responses").innerText(), /3\/5/);
  if (process.env.HOLDSPACE_SCREENSHOTS) {
    await jo.locator("#round").screenshot({ path: `${process.env.HOLDSPACE_SCREENSHOTS}/room-check-in-facilitator.png` });
    await ivy.locator("#round").screenshot({ path: `${process.env.HOLDSPACE_SCREENSHOTS}/room-check-in-others.png` });
  }
  await assertAccessible(sam);
  await assertAccessible(ivy);
  await jo.click("#stop-round");
  await ivy.waitForSelector("#round", { state: "hidden" });
  await jo.context().close();
  await sam.context().close();
  await ivy.context().close();
});

test("the keyboard: a skip link to the message box, Enter sends, Shift+Enter a new line, one Tab stop per message", async () => {
  const jo = await facilitator();
  const sam = await signedIn("Sam");
  await inRoom(sam);
  for (const text of ["Welcome, everyone", "Take your time", "We start in a minute"]) {
    await jo.fill("#message-text", text);
    await jo.press("#message-text", "Enter");
    await sam.waitForSelector(`.message-text:has-text('${text}')`);
  }

  await sam.evaluate(() => document.activeElement?.blur());
  await tabTo(sam, "#room .skip-link", 20);
  await sam.keyboard.press("Enter");
  assert.equal(await sam.evaluate(() => document.activeElement.id), "message-text");
  await sam.keyboard.type("first line");
  await sam.keyboard.press("Shift+Enter");
  await sam.keyboard.type("second line");
  assert.equal(await sam.inputValue("#message-text"), "first line\nsecond line", "Shift+Enter starts a new line");
  await sam.keyboard.press("Enter");
  const sent = jo.locator(".message-text", { hasText: "first line" });
  await sent.waitFor();
  assert.equal(await sent.innerText(), "first line\nsecond line");
  assert.equal(await sam.inputValue("#message-text"), "", "the box is empty again");

  // One Tab from a message reaches the next message, not its buttons.
  await sam.focus("#messages .message:nth-child(1)");
  await sam.keyboard.press("Tab");
  assert.equal(await sam.evaluate(() => document.activeElement.textContent.includes("Take your time")), true);
  assert.equal(await sam.evaluate(() => document.activeElement.classList.contains("message")), true);
  // Arrow keys reach the responses inside it, and a response keeps the focus where it was.
  await sam.keyboard.press("ArrowRight");
  await sam.keyboard.press("ArrowRight");
  assert.equal(await sam.evaluate(() => document.activeElement.dataset.kind), "hear_you");
  await sam.keyboard.press("Enter");
  await jo.waitForSelector(".message:has-text('Take your time') .reaction[data-kind='hear_you']:has-text('· 1')");
  await sam.waitForSelector(".message:has-text('Take your time') .reaction[data-kind='hear_you']:has-text('· 1')");
  assert.equal(await sam.evaluate(() => document.activeElement.dataset.kind), "hear_you");
  await sam.keyboard.press("Escape");
  assert.equal(await sam.evaluate(() => document.activeElement.classList.contains("message")), true, "Escape returns to the message");
  await sam.keyboard.press("ArrowDown");
  assert.equal(await sam.evaluate(() => document.activeElement.textContent.includes("We start in a minute")), true);
  await assertAccessible(sam);
  await jo.context().close();
  await sam.context().close();
});

test("a facilitator on a 360 px phone sees an alert banner without scrolling, checks in privately with caring words, and sees the protocol", async () => {
  const jo = await facilitator(360);
  const robin = await guest("Robin", 360);
  // Jo is at the message box, far down the page on a phone.
  await jo.focus("#message-text");
  const title = await jo.title();
  assert.equal(await jo.inputValue("#nudge-text"), "", "the private word never starts as a correction");

  await robin.fill("#message-text", "honestly I don't want to be alive anymore");
  await robin.press("#message-text", "Enter");
  const banner = jo.locator("#alert-banner");
  await banner.waitFor({ state: "visible" });
  assert.match(await banner.innerText(), /Robin \(guest\) may need a check-in/);
  const box = await banner.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `the banner is within the screen: ${JSON.stringify(box)}`);
  assert.match(await jo.title(), /Robin/, "the tab's title says so too");
  await jo.waitForSelector(".message.flagged:has-text('alive anymore')");
  await assertAccessible(jo);

  // Earlier alerts wait in the folded tools, above the conversation, not far down the side column.
  assert.equal(await jo.locator(".room-side #alerts").count(), 0);
  await jo.click("#tools-panel > summary");
  const alerts = jo.locator("#alerts-heading");
  assert.equal(await alerts.innerText(), "Alerts (1)");
  const [group, conversation] = [await alerts.boundingBox(), await jo.locator("#messages-heading").boundingBox()];
  assert.ok(group.y < conversation.y, `the alerts come before the conversation: ${JSON.stringify(group)}`);
  await alerts.click();
  await jo.waitForSelector("#alerts li:has-text('Robin (guest) may need a check-in')");
  assert.equal(await jo.locator("#alerts-none").isVisible(), false);
  await assertAccessible(jo);
  await jo.click("#tools-panel > summary");

  // One tap opens caring words, ready to send; only Robin receives them.
  await jo.click("#alert-check-in");
  assert.match(await jo.inputValue("#alert-reply-text"), /I noticed your message — I'm here/);
  await jo.click("#alert-reply-send");
  await robin.waitForSelector(".private-card:has-text('I noticed your message')");
  await jo.waitForSelector("#alert-reply-sent:has-text('Robin')");

  await jo.click("#alert-protocol-toggle");
  assert.equal(await jo.locator("#alert-protocol li").first().isVisible(), true, "the protocol in one tap");

  await jo.setViewportSize({ width: 1280, height: 800 });
  await assertAccessible(jo);
  await jo.click("#alert-dismiss");
  await banner.waitFor({ state: "hidden" });
  assert.equal(await jo.title(), title, "the title is restored");
  assert.equal(await jo.locator(".message.flagged").count(), 0, "and the message is no longer highlighted");

  // A report reaches the banner too, without offering a check-in with anyone.
  await jo.fill("#message-text", "A message someone may report");
  await jo.press("#message-text", "Enter");
  const reported = robin.locator(".message:has-text('someone may report')");
  await reported.locator(".report-message").click();
  await robin.fill("#report-reason", "This upset me");
  await robin.click("#report-send");
  await banner.waitFor({ state: "visible" });
  assert.match(await banner.innerText(), /Report from Robin/);
  assert.match(await banner.innerText(), /This upset me/);
  assert.equal(await jo.locator("#alert-check-in").isVisible(), false);
  assert.match(await jo.title(), /A report/);
  await jo.click("#alert-dismiss");
  assert.equal(await jo.title(), title);
  assert.equal(await jo.locator("#alerts-heading").textContent(), "Alerts (2)", "the report is listed too");
  await jo.context().close();
  await robin.context().close();
});

test("the care card is a calm box with large call and text buttons, hours and languages, and closes quietly", async () => {
  const jo = await facilitator();
  const wren = await guest("Wren", 360);
  await wren.fill("#message-text", "I want to end my life");
  await wren.press("#message-text", "Enter");
  const card = wren.locator("#care-card");
  await card.waitFor({ state: "visible" });
  const call = card.locator("a[href^='tel:']").first();
  const text = card.locator("a[href^='sms:']").first();
  for (const way of [call, text]) {
    const box = await way.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `a large tap target: ${JSON.stringify(box)}`);
  }
  assert.doesNotMatch(await card.innerText(), /Text Call|Text Text/, "no doubled words");
  assert.match(await card.locator(".care-line .meta").first().innerText(), /Open .+ · In /, "hours and languages");
  await assertAccessible(wren);
  await wren.setViewportSize({ width: 1280, height: 800 });
  await assertAccessible(wren);
  await wren.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await wren.evaluate(() => document.activeElement.id), "message-text", "back at the message box");
  await jo.context().close();
  await wren.context().close();
});

test("facilitator tools fold above the conversation on a phone; Remove and Leave ask first; Report and Block are separate; no numbered empty queue", async () => {
  const jo = await facilitator(360);
  const sam = await signedIn("Sam", 360);
  await inRoom(sam);
  await jo.waitForSelector("#roster li:has-text('Sam')");

  // On a phone the folded tools come before the conversation, on the first screen.
  const tools = await jo.locator("#tools-panel > summary").boundingBox();
  const conversation = await jo.locator("#messages-heading").boundingBox();
  assert.ok(tools.y + tools.height <= 740 && tools.y < conversation.y, `tools on the first screen: ${JSON.stringify(tools)}`);
  await jo.click("#tools-panel > summary");
  await jo.click("summary:has-text('One person')");
  await jo.selectOption("#person", { label: "Sam" });
  await jo.click("#remove");
  await jo.waitForSelector("#remove-confirm:has-text('Remove Sam')");
  await jo.click("#remove-no");
  await jo.waitForSelector("#remove-confirm", { state: "hidden" });
  assert.equal(await sam.locator("#room-banner").isVisible(), false, "nobody is removed without the second yes");

  // Report and Block: two labelled buttons, apart from each other and from the name.
  const report = sam.locator("#roster button[aria-label='Report Jo']");
  const block = sam.locator("#roster button[aria-label='Block Jo']");
  assert.equal(await report.innerText(), "Report");
  assert.equal(await block.innerText(), "Block");
  const [r, b] = [await report.boundingBox(), await block.boundingBox()];
  assert.ok(b.x >= r.x + r.width + 4 || b.y >= r.y + r.height, "Report and Block do not run together");
  assert.doesNotMatch(await sam.locator("#roster").innerText(), /hereReport|ReportBlock/);

  // An empty queue is a sentence, not "1. No hands raised".
  assert.equal(await sam.locator("#queue li").count(), 0);
  assert.equal(await sam.locator("#queue-empty").isVisible(), true);
  await sam.click("#hand");
  await sam.waitForSelector("#queue li:has-text('Sam')");
  assert.equal(await sam.locator("#queue-empty").isVisible(), false);

  // Leaving asks first; staying keeps you in.
  await sam.click("#leave");
  await sam.waitForSelector("#leave-confirm", { state: "visible" });
  await sam.click("#leave-no");
  await sam.waitForSelector("#leave-confirm", { state: "hidden" });
  assert.match(sam.url(), /\/room$/);
  await assertAccessible(jo);
  await assertAccessible(sam);
  await jo.setViewportSize({ width: 1280, height: 800 });
  await assertAccessible(jo);
  await jo.context().close();
  await sam.context().close();
});

test("time reads as people say it, reaction counts survive a reload, and the end is told once", async () => {
  const jo = await facilitator();
  const sam = await signedIn("Sam");
  await inRoom(sam);
  // The demo meet is days away: the room says so in words, never thousands of minutes.
  const time = await sam.locator("#room-time").innerText();
  assert.match(time, /^The meet (starts|ends) (in \d{1,2} (minutes?|hours?|days?)|tomorrow)\.$/, time);

  await jo.fill("#message-text", "Counting the nods");
  await jo.press("#message-text", "Enter");
  const nod = (page) => page.locator(".message:has-text('Counting the nods') .reaction[data-kind='nod']");
  await nod(sam).click();
  await nod(jo).filter({ hasText: "· 1" }).waitFor();
  await sam.reload();
  await sam.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
  await nod(sam).filter({ hasText: "· 1" }).waitFor();

  // Ending the meet asks first, by keyboard as by pointer: Escape or Cancel keeps it going.
  await openTools(jo);
  await jo.focus("#end");
  await jo.keyboard.press("Enter");
  await jo.waitForSelector("#end-confirm:has-text('End the meet for everyone?')");
  assert.equal(await jo.evaluate(() => document.activeElement.id), "end-yes", "the question's answer has the focus");
  assert.match(await jo.getAttribute("#end-yes", "aria-describedby"), /end-confirm-text/);
  await assertAccessible(jo);
  await jo.keyboard.press("Escape");
  await jo.waitForSelector("#end-confirm", { state: "hidden" });
  assert.equal(await jo.evaluate(() => document.activeElement.id), "end", "back where they were");
  await jo.click("#end");
  await jo.click("#end-no");
  await jo.waitForSelector("#end-confirm", { state: "hidden" });
  await jo.fill("#message-text", "Still here");
  await jo.press("#message-text", "Enter");
  await sam.waitForSelector(".message-text:has-text('Still here')");
  assert.equal(await sam.locator("#room-banner").isVisible(), false, "nothing ends without the second yes");
  await jo.click("#end");
  await Promise.all([jo.waitForNavigation(), jo.keyboard.press("Enter")]);
  await sam.waitForSelector("#room-banner:has-text('The meet has ended')");
  const told = await sam.evaluate(() => document.body.innerText.split("The meet has ended").length - 1);
  assert.equal(told, 1, "the end is said once");
  await assertAccessible(sam);
  await jo.context().close();
  await sam.context().close();
});
