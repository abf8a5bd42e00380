// Measures where the call's speaking indicator lights: a voice-like tone
// (a new pitch every quarter second, swelling and fading) is played at one
// sound level after another through Chromium's fake microphone into a real
// Janus, and a listener's page counts how much of the time the speaker is
// shown as speaking. Like e2e/call.test.mjs it runs Janus and Chromium in a
// network namespace holding only loopback, so it needs root:
//
//   sudo node bench/speaking-threshold.mjs      (after `cargo build`)
//
// It prints, for each level in dBov (the tone's RMS below a full-scale
// square wave, as RFC 6464 counts it), the share of eight seconds shown
// as speaking.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, launchBrowser, signIn, startServer, writeVoiceWav } from "../e2e/harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const LEVELS = [-20, -30, -40, -45, -50, -60, -70, -80, -90, -Infinity];

if (process.env.HOLDSPACE_CALL_NETNS !== "1") {
  const setup = `set -e
ip link set lo up
ip link add jlo0 type veth peer name jlo1
for link in jlo0 jlo1; do sysctl -qw net.ipv6.conf.$link.disable_ipv6=1; ip link set $link addrgenmode none; done
ip addr add 127.0.0.1/32 dev jlo0
ip link set jlo0 up
ip link set jlo1 up
exec env HOLDSPACE_CALL_NETNS=1 node speaking-threshold.mjs`;
  const child = spawn("unshare", ["-n", "sh", "-c", setup], { cwd: here, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  await measure();
}

/** Two seconds of syllables whose RMS is `dbov` below full scale. */
function voice(path, dbov) {
  // A sine under a half-sine swell has an RMS of half its peak.
  writeVoiceWav(path, 2 * 32767 * 10 ** (dbov / 20));
}

async function measure() {
  const port = 18089;
  const secret = `bench-${Math.random().toString(36).slice(2)}-speaking`;
  const dir = mkdtempSync(join(tmpdir(), "holdspace-speaking-"));
  const janus = spawn(join(here, "..", "scripts", "janus"), [join(dir, "config"), "--http-port", String(port), "--rtp-ports", "40200-40299"], {
    env: { ...process.env, HOLDSPACE_MEDIA_SECRET: secret },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (;;) {
    try {
      const reply = await fetch(`http://127.0.0.1:${port}/janus`, { method: "POST", body: JSON.stringify({ janus: "info", transaction: "up", apisecret: secret }) });
      if (reply.ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const server = await startServer({ HOLDSPACE_MEDIA_URL: `http://127.0.0.1:${port}/janus`, HOLDSPACE_MEDIA_SECRET: secret });
  try {
    const meet = (await (await fetch(`${server.base}/api/v1/circles/life-at-26-35`)).json()).meets[0].id;
    let opened = false;
    for (const level of LEVELS) {
      const file = join(dir, `voice${level}.wav`);
      voice(file, level);
      const browser = await launchBrowser([
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        `--use-file-for-fake-audio-capture=${file}`,
        "--allow-loopback-in-peer-connection",
        "--disable-features=WebRtcHideLocalIpsWithMdns",
        "--autoplay-policy=no-user-gesture-required",
      ]);
      const page = async (alias) => {
        const p = await (await browser.newContext()).newPage();
        await signIn(p, server.base, alias, DEMO_PASSWORD);
        return p;
      };
      const meera = await page("Meera");
      if (!opened) {
        await meera.goto(`${server.base}/admin/circles/life-at-26-35`);
        await meera.check("#call-voice");
        await Promise.all([meera.waitForNavigation(), meera.click("form[action='/admin/circles/life-at-26-35'] > button[type=submit]")]);
      }
      const nadia = await page("Nadia");
      await nadia.goto(`${server.base}/meets/${meet}/room`);
      if (!opened) await Promise.all([nadia.waitForNavigation(), nadia.click("text=Open the room")]);
      opened = true;
      const sam = await page("Sam");
      for (const p of [nadia, sam]) {
        await p.goto(`${server.base}/meets/${meet}/room`);
        await p.waitForFunction(() => document.getElementById("room-status")?.textContent.includes("You are in the room"));
      }
      for (const [p, muted] of [[nadia, true], [sam, false]]) {
        await p.click("#call-join");
        await p.waitForSelector("#call-microphone option", { state: "attached" });
        await p.setChecked("#call-start-muted", muted);
        await p.click("#call-join-now");
        await p.waitForFunction(() => document.getElementById("call-status").textContent.includes("You are in the call"));
      }
      await nadia.waitForTimeout(3000);
      let shown = 0;
      const looks = 80;
      for (let i = 0; i < looks; i++) {
        if (await nadia.evaluate(() => Boolean(document.querySelector("#roster li.speaking")))) shown++;
        await nadia.waitForTimeout(100);
      }
      console.log(`${level} dBov: shown as speaking ${Math.round((100 * shown) / looks)}% of the time`);
      await browser.close();
    }
  } finally {
    await server.stop();
    janus.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}
