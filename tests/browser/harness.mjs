// What both browser suites share: a static server for a built site, Chromium, a page opener that
// records console errors and failed requests, and the checks every page of every site must pass.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const AXE = require.resolve("axe-core/axe.min.js");
const VNU = require("vnu-jar");
export const OUT = path.join(here, "out");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".png": "image/png",
  ".ttf": "font/ttf",
};

/** The HTML pages of a site folder (Pagefind's own files left out), sorted. */
export function pagesOf(dir, rel = "") {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== "pagefind") out.push(...pagesOf(dir, r));
    } else if (entry.name.endsWith(".html")) {
      out.push(r);
    }
  }
  return out.sort();
}

/** Serves `site` on a free loopback port and starts Chromium: { base, browser, close }. */
export async function start(site) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(site, url.endsWith("/") ? url + "index.html" : url);
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  fs.mkdirSync(OUT, { recursive: true });
  const close = async () => {
    await browser.close();
    server.close();
  };
  return { base: `http://127.0.0.1:${server.address().port}/`, browser, close };
}

/** Opens a page and records any console error or failed request in `problems`. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url, { waitUntil: "load" });
  return { page, context, problems };
}

/** Every page: no serious or critical axe violation, one h1, no console error or failed request. */
export async function axeFailures(browser, base, pages) {
  const axe = fs.readFileSync(AXE, "utf8");
  const failures = [];
  for (const p of pages) {
    const { page, context, problems } = await open(browser, base + p);
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      failures.push(`${p}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
    }
    const h1 = await page.locator("h1").count();
    if (h1 !== 1) failures.push(`${p}: ${h1} h1 elements`);
    failures.push(...problems.map((x) => `${p}: ${x}`));
    await context.close();
  }
  console.log(`axe-core and console checks: ${pages.length} pages`);
  return failures;
}

/** Every page 375 px wide: nothing wider than the screen but scrolling containers. */
export async function narrowFailures(browser, base, pages) {
  const failures = [];
  for (const p of pages) {
    const { page, context } = await open(browser, base + p, { viewport: { width: 375, height: 800 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) failures.push(`${p}: ${width} px wide`);
    // A role page is read on a phone whole: none of its tables may need
    // sideways scrolling either (a diagram may, in its own box).
    if (/^(roles|starter)\//.test(p)) {
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("main .scroll")]
          .filter((e) => !e.querySelector("svg") && e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.firstElementChild ? e.firstElementChild.className : ""} ${e.scrollWidth} > ${e.clientWidth}`),
      );
      for (const w of wide) failures.push(`${p}: scrolls sideways: ${w}`);
    }
    await context.close();
  }
  console.log(`375 px check: ${pages.length} pages`);
  return failures;
}

/** The Nu Html Checker's errors on every page. */
export function nuErrors(site, pages) {
  const files = pages.map((p) => path.join(site, p));
  let report;
  try {
    report = execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    report = e.stderr || e.stdout;
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages.filter((m) => m.type === "error");
  console.log(`Nu Html Checker: ${files.length} pages, ${messages.length} errors`);
  return messages.map((m) => `${path.relative(site, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`);
}

/** What is wrong with the swimlanes of `pages` as Chromium draws them (1280 px wide, the diagram's font
 * loaded): a text outside the drawing, outside its box or its lane, or two texts overlapping. */
export async function swimlaneFailures(browser, base, pages) {
  const out = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const p of pages) {
    await page.goto(base + p);
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => {
      const problems = [];
      const inside = (b, r) => b.x >= r.x - 0.5 && b.y >= r.y - 0.5 && b.x + b.width <= r.x + r.width + 0.5 && b.y + b.height <= r.y + r.height + 0.5;
      const overlap = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
      for (const svg of document.querySelectorAll("svg.swimlane")) {
        const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
        const lanes = [...svg.querySelectorAll("rect.lane")].map((r) => r.getBBox());
        const heads = [...svg.querySelectorAll("rect.lane-head")].map((r) => r.getBBox());
        const texts = [...svg.querySelectorAll("text")];
        const boxes = texts.map((t) => t.getBBox());
        texts.forEach((t, i) => {
          const b = boxes[i];
          const name = `"${t.textContent}"`;
          if (b.width === 0) problems.push(`${name} is not drawn`);
          if (!inside(b, { x: 0, y: 0, width: w, height: h })) problems.push(`${name} leaves the drawing`);
          const rect = t.parentElement.localName === "a" ? t.parentElement.querySelector("rect.stage, rect.approval") : null;
          if (rect && !inside(b, rect.getBBox())) problems.push(`${name} leaves its box`);
          if (t.classList.contains("lane-label")) {
            const inLane = lanes.some((l) => b.x >= l.x - 0.5 && b.x + b.width <= l.x + l.width + 0.5);
            const inHead = heads.some((r) => b.y >= r.y - 0.5 && b.y + b.height <= r.y + r.height + 0.5);
            if (!inLane || !inHead) problems.push(`${name} leaves its lane's title`);
          }
          for (let j = 0; j < i; j++) {
            if (overlap(b, boxes[j])) problems.push(`${name} overlaps "${texts[j].textContent}"`);
          }
        });
      }
      return problems;
    });
    out.push(...found.map((m) => `${p}: ${m}`));
  }
  await page.close();
  return out;
}

/** How many A4 sheets `url` prints on, as Chromium prints it (the page's own @page rules apply). */
export async function printedSheets(browser, url, hide) {
  const page = await browser.newPage();
  await page.goto(url);
  // Leaves out what `hide` selects, to count the sheets of the rest.
  if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  await page.close();
  return (pdf.match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}
