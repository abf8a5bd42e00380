// Voice and video meets in real browsers: a coordinator makes a circle meet
// by voice, its facilitator and two participants join the call and hear each
// other, the facilitator mutes one of them, and rounds and the safety net
// work as ever beside the call; in a video meet two people turn their
// cameras on and each sees the other. Janus and Chromium run together in a network
// namespace that holds only loopback: Janus gathers no candidates on `lo`
// itself, so 127.0.0.1 also sits on a veth pair there, and nothing of a call
// can ever go to an address outside 127.0.0.0/8. This file re-runs itself
// inside such a namespace (`unshare -n`, as root).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { axeViolations, DEMO_PASSWORD, launchBrowser, signIn, startServer, writeVoiceWav } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));

// 127.0.0.1 on a second, non-loopback interface (IPv6 off), then this file again.
const NAMESPACE = `set -e
ip link set lo up
ip link add jlo0 type veth peer name jlo1
for link in jlo0 jlo1; do sysctl -qw net.ipv6.conf.$link.disable_ipv6=1; ip link set $link addrgenmode none; done
ip addr add 127.0.0.1/32 dev jlo0
ip link set jlo0 up
ip link set jlo1 up
exec env HOLDSPACE_CALL_NETNS=1 node --test --test-reporter=spec call.test.mjs`;

if (process.env.HOLDSPACE_CALL_NETNS !== "1") {
  test("a voice meet, with Janus and Chromium in a namespace that holds only loopback", async (t) => {
    if (process.getuid?.() !== 0) {
      t.skip("making a network namespace (unshare -n) needs root");
      return;
    }
    const code = await new Promise((resolve) => {
      // A run of its own, not a part of this one (node:test would skip it).
      const env = { ...process.env };
      delete env.NODE_TEST_CONTEXT;
      const child = spawn("unshare", ["-n", "sh", "-c", NAMESPACE], { cwd: here, env, stdio: "inherit" });
      child.on("exit", resolve);
    });
    assert.equal(code, 0, "the call test in the namespace failed (see above)");
  });
} else {
  const janusPort = 18088;
  const secret = `e2e-${Math.random().toString(36).slice(2)}-call-secret`;
  let janus;
  let janusDir;
  let server;
  let browser;
  let meet;
  let videoMeet;

  /** Answers from Janus's API, to know it is up. */
  const janusAnswers = async () => {
    try {
      const reply = await fetch(`http://127.0.0.1:${janusPort}/janus`, {
        method: "POST",
        body: JSON.stringify({ janus: "info", transaction: "up", apisecret: secret }),
      });
      return reply.ok;
    } catch {
      return false;
    }
  };

  before(async () => {
    // Nothing here but loopback: no call can leave 127.0.0.0/8.
    const addresses = await new Promise((resolve) => {
      const child = spawn("ip", ["-o", "addr"], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("exit", () => resolve(out));
    });
    for (const [, address] of addresses.matchAll(/\sinet6?\s+([^\s/]+)/g)) {
      assert.ok(address.startsWith("127.") || address === "::1", `only loopback in the namespace, found ${address}`);
    }
    janusDir = mkdtempSync(join(tmpdir(), "holdspace-e2e-janus-"));
    janus = spawn(join(here, "..", "scripts", "janus"), [join(janusDir, "config"), "--http-port", String(janusPort), "--rtp-ports", "40000-40199"], {
      env: { ...process.env, HOLDSPACE_MEDIA_SECRET: secret },
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (let i = 0; !(await janusAnswers()); i++) {
      assert.ok(i < 600 && janus.exitCode === null, "Janus started");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    writeVoiceWav(join(janusDir, "voice.wav"), 16000);
    server = await startServer({ HOLDSPACE_MEDIA_URL: `http://127.0.0.1:${janusPort}/janus`, HOLDSPACE_MEDIA_SECRET: secret });
    browser = await launchBrowser([
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-audio-capture=${join(janusDir, "voice.wav")}`,
      "--allow-loopback-in-peer-connection",
      "--disable-features=WebRtcHideLocalIpsWithMdns",
      "--autoplay-policy=no-user-gesture-required",
    ]);
    const circle = await (await fetch(`${server.base}/api/v1/circles/life-at-26-35`)).json();
    meet = circle.meets[0].id;
    const videoCircle = await (await fetch(`${server.base}/api/v1/circles/lgbtqia-circle`)).json();
    videoMeet = videoCircle.meets[0].id;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (janus && janus.exitCode === null) {
      const exited = new Promise((resolve) => janus.on("exit", resolve));
      janus.kill("SIGTERM");
      await exited;
    }
    if (janusDir) rmSync(janusDir, { recursive: true, force: true });
  });

  /** A browser context whose peer connections the test can read stats from. */
  async function newPage() {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const Native = window.RTCPeerConnection;
      window.peerConnections = [];
      window.RTCPeerConnection = class extends Native {
        constructor(...args) {
          super(...args);
          window.peerConnections.push(this);
        }
      };
    });
    const page = await context.newPage();
    return page;
  }

  async function signedIn(alias, password = DEMO_PASSWORD) {
    const page = await newPage();
    await signIn(page, server.base, alias, password);
    return page;
  }

  async function inRoom(page, at = meet) {
    await page.goto(`${server.base}/meets/${at}/room`);
    if (page.url().includes("/agreements")) {
      await Promise.all([page.waitForNavigation(), page.click("text=I agree")]);
      await page.goto(`${server.base}/meets/${at}/room`);
    }
    await page.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
  }

  /** Checks the microphone and joins the call, muted or not. */
  async function joinCall(page, { muted }) {
    await page.click("#call-join");
    await page.waitForSelector("#call-microphone option", { state: "attached" });
    await page.setChecked("#call-start-muted", muted);
    await page.click("#call-join-now");
    await page.waitForFunction(() => document.getElementById("call-status").textContent.includes("You are in the call"));
  }

  /** Audio received so far: bytes and energy (inbound-rtp). */
  const received = (page) =>
    page.evaluate(async () => {
      const pc = window.peerConnections.at(-1);
      for (const s of (await pc.getStats()).values()) {
        if (s.type === "inbound-rtp" && s.kind === "audio") return { bytes: s.bytesReceived, energy: s.totalAudioEnergy ?? 0 };
      }
      return { bytes: 0, energy: 0 };
    });

  /** Video received so far, over every connection (inbound-rtp bytes). */
  const videoReceived = (page) =>
    page.evaluate(async () => {
      let bytes = 0;
      for (const pc of window.peerConnections) {
        if (pc.connectionState === "closed") continue;
        for (const s of (await pc.getStats()).values()) {
          if (s.type === "inbound-rtp" && s.kind === "video") bytes += s.bytesReceived;
        }
      }
      return bytes;
    });

  /** The widest video `page` receives now (px). */
  const widest = (page) =>
    page.evaluate(async () => {
      let width = 0;
      for (const pc of window.peerConnections) {
        if (pc.connectionState === "closed") continue;
        for (const s of (await pc.getStats()).values()) {
          if (s.type === "inbound-rtp" && s.kind === "video") width = Math.max(width, s.frameWidth ?? 0);
        }
      }
      return width;
    });

  /** Waits until, over one second, what `page` receives satisfies `check(bytes, energy)`. */
  async function eventually(page, what, check) {
    for (let i = 0; i < 30; i++) {
      const before = await received(page);
      await page.waitForTimeout(1000);
      const after = await received(page);
      if (check(after.bytes - before.bytes, after.energy - before.energy)) return;
    }
    assert.fail(what);
  }

  test("a facilitator and two participants hold a voice meet, with a round and the safety net beside the call", async () => {
    // The coordinator makes the circle meet by voice.
    const meera = await signedIn("Meera");
    await meera.goto(`${server.base}/admin/circles/life-at-26-35`);
    await meera.check("#call-voice");
    await Promise.all([meera.waitForNavigation(), meera.click("form[action='/admin/circles/life-at-26-35'] > button[type=submit]")]);
    assert.match(meera.url(), /done=circle-saved/);

    const nadia = await signedIn("Nadia");
    await nadia.goto(`${server.base}/meets/${meet}/room`);
    await Promise.all([nadia.waitForNavigation(), nadia.click("text=Open the room")]);
    await inRoom(nadia);
    const sam = await signedIn("Sam");
    await inRoom(sam);
    const river = await newPage();
    await river.goto(`${server.base}/signup`);
    await river.fill("#alias", "River");
    await river.fill("#password", "a calm blue lake");
    await Promise.all([river.waitForNavigation(), river.click("form.stack button[type=submit]")]);
    await river.goto(`${server.base}/meets/${meet}`);
    await Promise.all([river.waitForNavigation(), river.click("form[action$='/rsvp'] button")]);
    await Promise.all([river.waitForNavigation(), river.click("text=I agree")]);
    await inRoom(river);

    // Nobody is in the call on arrival; joining is a choice of its own.
    assert.equal(await sam.evaluate(() => window.peerConnections.length), 0);
    assert.equal(await sam.locator("#call-controls").isVisible(), false);

    // Sam speaks; Nadia and River join muted, to listen.
    await joinCall(sam, { muted: false });
    await joinCall(nadia, { muted: true });
    await joinCall(river, { muted: true });
    assert.match(await sam.locator("#call-status").innerText(), /Others can hear you/);

    for (const page of [sam, nadia, river]) {
      await eventually(page, "audio arrives", (bytes) => bytes > 1000);
    }
    await eventually(nadia, "Nadia hears Sam", (_, energy) => energy > 0.01);
    await eventually(river, "River hears Sam", (_, energy) => energy > 0.01);
    // Everyone sees who is speaking, in the roster.
    await river.waitForSelector("#roster li.speaking:has-text('Sam') .badge.speaking");

    // The call's controls pass the accessibility checks.
    await nadia.evaluate(() => (document.getElementById("call-people").open = true));
    for (const page of [nadia, sam]) {
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    }

    // The facilitator mutes Sam: Sam is told, cannot unmute, and nobody hears Sam.
    await nadia.click("#call-people-list button:has-text(\"Mute Sam's microphone\")");
    await sam.waitForFunction(() => document.getElementById("call-status").textContent.includes("A facilitator has muted your microphone"));
    assert.equal(await sam.locator("#call-mute").isDisabled(), true);
    await sam.keyboard.press("Alt+KeyM");
    await eventually(river, "River no longer hears Sam", (_, energy) => energy < 0.001);
    await eventually(nadia, "Nadia no longer hears Sam", (_, energy) => energy < 0.001);
    await river.waitForFunction(() => !document.querySelector("#roster li.speaking"));
    await sam.waitForFunction(() => !document.querySelector("#roster li.speaking"));
    await eventually(river, "the call itself goes on", (bytes) => bytes > 1000);

    // Allowed again, Sam unmutes with the keyboard and is heard.
    await nadia.click("#call-people-list button:has-text('Allow Sam to unmute')");
    await sam.waitForFunction(() => document.getElementById("call-status").textContent.includes("allowed you to unmute"));
    await sam.keyboard.press("Alt+KeyM");
    await sam.waitForFunction(() => document.getElementById("call-status").textContent.includes("Others can hear you"));
    await eventually(river, "River hears Sam again", (_, energy) => energy > 0.01);

    // Rounds and the safety net work beside the call, and the call goes on.
    await nadia.evaluate(() => {
      for (const group of document.querySelectorAll("#tools-panel, #tools-panel details")) group.open = true;
    });
    await nadia.selectOption("#round-kind", "check_in");
    await nadia.click("#start-round");
    await river.waitForSelector("#round:not([hidden])");
    await river.click("#round-pass");
    await nadia.waitForSelector("#round-responses li:has-text('River passed')");
    await nadia.click("#stop-round");
    await river.fill("#message-text", "honestly I don't want to be alive anymore");
    await river.press("#message-text", "Enter");
    await nadia.locator("#alert-banner").waitFor({ state: "visible" });
    assert.match(await nadia.locator("#alert-banner").innerText(), /River may need a check-in/);
    await eventually(river, "River still hears Sam", (_, energy) => energy > 0.01);

    // Leaving the call keeps River in the room.
    await river.click("#call-leave");
    await river.waitForFunction(() => document.getElementById("call-status").textContent.includes("still in the room"));
    await river.fill("#message-text", "Still here, in text");
    await river.click("#composer button[type=submit]");
    await sam.waitForSelector(".message-text:has-text('Still here, in text')");
    for (const page of [meera, nadia, sam, river]) await page.context().close();

    // Nothing of the call was written: Janus's folder holds its configuration only.
    assert.deepEqual(readdirSync(join(janusDir, "config")).sort(), [
      "janus.jcfg",
      "janus.plugin.audiobridge.jcfg",
      "janus.plugin.videoroom.jcfg",
      "janus.transport.http.jcfg",
    ]);
  });

  test("in a video meet cameras stay off until people turn them on, then each sees the other in the layer that fits", async () => {
    const meera = await signedIn("Meera");
    await meera.goto(`${server.base}/admin/circles/lgbtqia-circle`);
    await meera.check("#call-video");
    await Promise.all([meera.waitForNavigation(), meera.click("form[action='/admin/circles/lgbtqia-circle'] > button[type=submit]")]);
    assert.match(meera.url(), /done=circle-saved/);
    await meera.context().close();

    const jo = await signedIn("Jo");
    await jo.goto(`${server.base}/meets/${videoMeet}/room`);
    await Promise.all([jo.waitForNavigation(), jo.click("text=Open the room")]);
    await inRoom(jo, videoMeet);
    const sam = await signedIn("Sam");
    await inRoom(sam, videoMeet);
    await joinCall(jo, { muted: true });
    await joinCall(sam, { muted: true });

    // In the call, every camera is off: nobody sends or receives video.
    for (const page of [jo, sam]) {
      await page.waitForFunction(() => !document.getElementById("call-camera").disabled);
      assert.equal(await page.getAttribute("#call-camera", "aria-pressed"), "false");
      assert.equal(await page.evaluate(() => window.peerConnections.length), 1, "the call's sound only");
      assert.equal(await page.locator("#call-here video").count(), 0);
    }

    // Each turns their camera on, and each sees the other's.
    await jo.click("#call-camera");
    await sam.click("#call-camera");
    for (const [page, other] of [[jo, "Sam"], [sam, "Jo"]]) {
      await page.waitForFunction(() => document.getElementById("call-camera").getAttribute("aria-pressed") === "true");
      await page.waitForSelector(`#call-here li:has-text('${other}') video`);
      for (let i = 0; ; i++) {
        const before = await videoReceived(page);
        await page.waitForTimeout(1000);
        if ((await videoReceived(page)) - before > 5000) break;
        assert.ok(i < 30, `${other}'s video arrives`);
      }
    }

    // Whoever holds the talking piece is shown on their row in the call too.
    await jo.evaluate(() => {
      for (const group of document.querySelectorAll("#tools-panel, #tools-panel details")) group.open = true;
    });
    await jo.selectOption("#round-kind", "talking_piece");
    await jo.click("#start-round");
    await sam.waitForSelector("#call-here li.has-piece .badge.piece");
    const holder = await sam.locator("#call-here li.has-piece .call-name").innerText();
    const turn = await sam.locator("#round-turn").innerText();
    assert.ok(turn.includes("Your turn") ? holder.includes("(you)") : turn.includes(holder.split(" ")[0]), `${holder} / ${turn}`);

    // The call with cameras on passes the accessibility checks.
    for (const page of [jo, sam]) {
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    }

    // Simulcast: with one camera to show on a wide screen, Sam receives Jo's largest layer.
    for (let i = 0; (await widest(sam)) <= 320; i++) {
      assert.ok(i < 30, "the largest layer arrives on a wide screen");
      await sam.waitForTimeout(1000);
    }

    // On a phone-sized screen the call sits below the conversation, every control in reach.
    const shots = process.env.HOLDSPACE_SCREENSHOTS;
    for (const width of [1280, 360]) {
      await sam.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      if (shots) await sam.screenshot({ path: join(shots, `call-video-${width}.png`), fullPage: true });
      const order = await sam.evaluate(() => {
        const top = (id) => document.getElementById(id).getBoundingClientRect().top;
        return { conversation: top("message-text"), call: top("call") };
      });
      if (width === 360) assert.ok(order.call > order.conversation, "the call below the conversation on a phone");
      for (const id of ["call-mute", "call-leave", "call-camera", "call-show-video"]) {
        const box = await sam.locator(`#${id}`).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= width, `#${id} within the screen at ${width} px`);
      }
    }

    // Simulcast: on the phone-sized screen Sam now receives Jo's smallest layer.
    for (let i = 0; (await widest(sam)) > 320; i++) {
      assert.ok(i < 30, "a smaller layer arrives on a small screen");
      await sam.waitForTimeout(1000);
    }

    // Turning a camera off stops it for the other.
    await sam.click("#call-camera");
    await jo.waitForFunction(() => !document.querySelector("#call-here li video:not(.mine)"));

    // A phone starts with others' video off, and says how to show it.
    const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true })).newPage();
    await signIn(phone, server.base, "Sam");
    await inRoom(phone, videoMeet);
    assert.equal(await phone.isChecked("#call-show-video"), false);
    for (const page of [jo, sam, phone]) await page.context().close();
  });
}
