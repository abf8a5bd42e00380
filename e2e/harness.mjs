// Starts a real `holdspace demo` server on a random port with a fresh SQLite
// file, and Debian's Chromium driven by Playwright (never a downloaded browser).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const binary = process.env.HOLDSPACE_BIN ?? join(here, "..", "target", "debug", "holdspace");
const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

export const DEMO_PASSWORD = "holdspace-demo";

/** Starts the server (with extra environment `env`); resolves to { base, stop }. */
export async function startServer(env = {}) {
  const dir = mkdtempSync(join(tmpdir(), "holdspace-e2e-"));
  const child = spawn(binary, ["demo", "--bind", "127.0.0.1:0"], {
    env: { ...process.env, HOLDSPACE_DATABASE_URL: `sqlite://${join(dir, "e2e.db")}`, HOLDSPACE_LOG: "warn", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const base = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const match = line.match(/running at (http:\/\/[^/]+)\//);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`holdspace exited early with ${code}`)));
  });
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium from Debian's package, with any `extraArgs`. */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** Signs `page` in through the sign-in form, as a person would. */
export async function signIn(page, base, alias, password = DEMO_PASSWORD) {
  await page.goto(`${base}/signin`);
  await page.fill("#alias", alias);
  await page.fill("#password", password);
  await Promise.all([page.waitForNavigation(), page.click("form.stack button[type=submit]")]);
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page; returns the violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's strict CSP still applies to the page itself.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

/** Fails, naming `where` and each violation, unless axe-core finds none on the page. */
export async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}

/**
 * Writes two seconds of something like a voice as a 48 kHz mono WAV file,
 * for Chromium's fake microphone (it plays it in a loop): a new pitch every
 * quarter second, swelling and fading as syllables do (a steady tone would
 * be taken for noise and suppressed). `peak` is the loudest sample (of 32767).
 */
export function writeVoiceWav(path, peak) {
  const rate = 48000;
  const samples = rate * 2;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36);
  wav.writeUInt32LE(samples * 2, 40);
  const pitches = [220, 330, 262, 392, 294, 349, 247, 440];
  for (let i = 0; i < samples; i++) {
    const syllable = Math.floor(i / (rate / 4));
    const swell = Math.sin(Math.PI * ((i % (rate / 4)) / (rate / 4)));
    const value = Math.sin((2 * Math.PI * pitches[syllable % pitches.length] * i) / rate) * swell * peak;
    wav.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(value))), 44 + i * 2);
  }
  writeFileSync(path, wav);
}

/** Presses Tab until `selector` has focus (at most `limit` times); returns how many presses it took. */
export async function tabTo(page, selector, limit = 40) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`${selector} was not reachable with Tab`);
}

/** Whether the focused element shows a visible focus indicator. */
export async function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  });
}
