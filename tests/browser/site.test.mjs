// Real-browser tests of the published handbook (site/), in Debian's Chromium driven by playwright-core.
// Run by `cargo test` (tests/testsuite/browser.rs) or directly: `cd tests/browser && node --test`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const SITE = path.resolve(process.env.SITE_DIR || path.join(here, "..", "..", "site"));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const AXE = require.resolve("axe-core/axe.min.js");
const VNU = require("vnu-jar");
const OUT = path.join(here, "out");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".wasm": "application/wasm", ".png": "image/png",
};

function pagesOf(dir, rel = "") {
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

let server, base, browser;
const pages = pagesOf(SITE);

before(async () => {
  server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(SITE, url.endsWith("/") ? url + "index.html" : url);
    if (!file.startsWith(SITE) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  fs.mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page and fails the test on any console error or failed request. */
async function open(url, options = {}) {
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

test("the site has pages to check", () => {
  assert.ok(pages.length >= 30, `only ${pages.length} pages in ${SITE}`);
});

test("every page: no console error, no failed request, no serious or critical axe violation", async () => {
  const axe = fs.readFileSync(AXE, "utf8");
  const failures = [];
  for (const p of pages) {
    const { page, context, problems } = await open(base + p);
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
  assert.deepEqual(failures, []);
});

test("every page is usable 375 px wide: nothing wider than the screen but scrolling containers", async () => {
  const failures = [];
  for (const p of pages) {
    const { page, context } = await open(base + p, { viewport: { width: 375, height: 800 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) failures.push(`${p}: ${width} px wide`);
    await context.close();
  }
  console.log(`375 px check: ${pages.length} pages`);
  assert.deepEqual(failures, []);
});

test("the Nu Html Checker finds no error on any page", () => {
  const files = pages.map((p) => path.join(SITE, p));
  let report;
  try {
    report = execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    report = e.stderr || e.stdout;
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages.filter((m) => m.type === "error");
  console.log(`Nu Html Checker: ${files.length} pages, ${messages.length} errors`);
  assert.deepEqual(messages.map((m) => `${path.relative(SITE, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`), []);
});

test("search for a duty and reach the role that owns it", async () => {
  const { page, context, problems } = await open(base + "index.html");
  const input = page.locator("#search input");
  await input.fill("call list");
  const result = page.locator(".pagefind-ui__result-link").first();
  await result.waitFor({ timeout: 10000 });
  await Promise.all([page.waitForURL(/roles\/active-sales\.html|checklists\/active-sales\.html/), result.click()]);
  await assert.doesNotReject(page.locator("h1").first().waitFor());
  assert.match(await page.locator("h1").innerText(), /Active sales manager/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("search for a checklist step and reach the checklist that has it", async () => {
  const { page, context, problems } = await open(base + "index.html");
  await page.locator("#search input").fill("delivery sheet scanned");
  const result = page.locator(".pagefind-ui__result-link", { hasText: /checklist/i }).first();
  await result.waitFor({ timeout: 10000 });
  await Promise.all([page.waitForURL(/checklists\/courier\.html/), result.click()]);
  assert.match(await page.locator("main").innerText(), /Signed delivery sheets are scanned into the CRM/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("follow a handoff from one role to the other", async () => {
  const { page, context, problems } = await open(base + "roles/active-sales.html");
  await Promise.all([page.waitForURL(/handoffs\/intent-to-order--brief\.html/), page.click('a[href="../handoffs/intent-to-order--brief.html"]')]);
  assert.match(await page.locator("h1").innerText(), /Intent to order → Brief/);
  await Promise.all([page.waitForURL(/roles\/client-service\.html/), page.locator("main .lead a", { hasText: "Client service specialist" }).click()]);
  assert.equal(await page.locator("h1").innerText(), "Client service specialist");
  assert.deepEqual(problems, []);
  await context.close();
});

test("tick a checklist box", async () => {
  const { page, context, problems } = await open(base + "checklists/courier.html");
  const box = page.locator(".checklist input[type=checkbox]").first();
  assert.equal(await box.isChecked(), false);
  await page.locator(".checklist label").first().click();
  assert.equal(await box.isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("printed checklists fit A4: navigation hidden, no list taller than a page, empty boxes", async () => {
  const { page, context, problems } = await open(base + "checklists/client-service.html", { viewport: { width: 794, height: 1123 } });
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-nav").isVisible(), false);
  assert.equal(await page.locator(".search").isVisible(), false);
  const heights = await page.locator(".checklist").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  // A4 is 297 mm; less the margins, about 1000 CSS px of height is printable.
  for (const h of heights) assert.ok(h < 1000, `a checklist is ${h} px tall`);
  const box = await page.locator(".checklist input[type=checkbox]").first().evaluate((e) => getComputedStyle(e).borderTopStyle);
  assert.equal(box, "solid");
  await page.screenshot({ path: path.join(OUT, "checklist-print.png"), fullPage: true });
  assert.ok(fs.statSync(path.join(OUT, "checklist-print.png")).size > 10000);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000);
  assert.deepEqual(problems, []);
  await context.close();
});

test("opened from file://, the search box says it needs HTTP instead of failing silently", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(SITE, "roles", "courier.html")).href);
  const note = page.locator("#search .search-note");
  await note.waitFor({ timeout: 5000 });
  assert.match(await note.innerText(), /HTTP/);
  // Reading still works: the job description is there.
  assert.equal(await page.locator("h1").innerText(), "Courier");
  await context.close();
});

test("the swimlane diagram links each change of hands to its handoff page", async () => {
  const { page, context, problems } = await open(base + "processes/sales.html");
  const links = page.locator("svg.swimlane a.handoff-link");
  assert.equal(await links.count(), 11);
  await Promise.all([page.waitForURL(/handoffs\//), links.first().click()]);
  assert.match(await page.locator("h1").innerText(), /→/);
  assert.deepEqual(problems, []);
  await context.close();
});
