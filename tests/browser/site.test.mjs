// Real-browser tests of the published handbook (site/), in Debian's Chromium driven by playwright-core.
// Run by `cargo test` (tests/testsuite/browser.rs) or directly: `cd tests/browser && node --test`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { OUT, pagesOf, start, open as openIn, axeFailures, narrowFailures, nuErrors, printedSheets } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const SITE = path.resolve(process.env.SITE_DIR || path.join(here, "..", "..", "site"));

let base, browser, close;
const pages = pagesOf(SITE);

before(async () => {
  ({ base, browser, close } = await start(SITE));
});

after(async () => {
  await close?.();
});

const open = (url, options) => openIn(browser, url, options);

test("the site has pages to check", () => {
  assert.ok(pages.length >= 30, `only ${pages.length} pages in ${SITE}`);
});

test("every page: no console error, no failed request, no serious or critical axe violation", async () => {
  assert.deepEqual(await axeFailures(browser, base, pages), []);
});

test("every page is usable 375 px wide: nothing wider than the screen but scrolling containers", async () => {
  assert.deepEqual(await narrowFailures(browser, base, pages), []);
});

test("the Nu Html Checker finds no error on any page", () => {
  assert.deepEqual(nuErrors(SITE, pages), []);
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
  await Promise.all([page.waitForURL(/handoffs\/intent-to-order--assignment\.html/), page.click('a[href="../handoffs/intent-to-order--assignment.html"]')]);
  assert.match(await page.locator("h1").innerText(), /Intent to order → Order assigned/);
  await Promise.all([page.waitForURL(/roles\/head-of-sales\.html/), page.locator("main .lead a", { hasText: "Head of sales" }).click()]);
  assert.equal(await page.locator("h1").innerText(), "Head of sales");
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

test("ticks survive a reload, one set per order number, and a new order starts clean", async () => {
  const { page, context, problems } = await open(base + "checklists/courier.html");
  const order = page.locator("#order-number");
  const box = page.locator(".checklist input[type=checkbox]").first();
  assert.equal(await page.locator("#order-bar").isVisible(), true);
  await order.fill("A-17");
  await order.press("Enter");
  await page.locator(".checklist label").first().click();
  assert.equal(await box.isChecked(), true);
  await page.reload();
  assert.equal(await order.inputValue(), "A-17");
  assert.equal(await box.isChecked(), true, "the tick survives a reload");
  await page.locator("#new-order").click();
  assert.equal(await order.inputValue(), "");
  assert.equal(await box.isChecked(), false, "a new order starts clean");
  await order.fill("B-2");
  await order.press("Enter");
  assert.equal(await box.isChecked(), false, "another order has its own ticks");
  await order.fill("A-17");
  await order.press("Enter");
  assert.equal(await box.isChecked(), true, "the first order's ticks come back");
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

test("the courier prints one sheet per trip: the day's routines, then each trip with its own order line", async () => {
  assert.equal(await printedSheets(browser, base + "checklists/courier.html"), 4);
  const { page, context, problems } = await open(base + "checklists/courier.html");
  const trips = await page.locator("h2.sheet-head").allInnerTexts();
  assert.deepEqual(trips, ["Documents to the client", "Materials to the client", "Act to the client"]);
  // Each trip's sheet opens with the lines for its order and date.
  const next = await page.locator("h2.sheet-head").evaluateAll((hs) => hs.map((h) => h.nextElementSibling.className));
  assert.deepEqual(next, ["case-lines", "case-lines", "case-lines"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a new hire's first month: the plan, then a self-check whose answers open without script and print apart", async () => {
  const { page, context, problems } = await open(base + "onboarding/courier.html", { javaScriptEnabled: false });
  assert.equal(await page.locator("h1").innerText(), "Courier: First month");
  assert.deepEqual(await page.locator(".onb-part h2").allInnerTexts(), ["Day one", "Week one", "Month one"]);
  const questions = page.locator("ol.questions > li");
  assert.ok((await questions.count()) >= 8, `${await questions.count()} questions`);
  const first = questions.first();
  const answer = first.locator("details ul");
  assert.equal(await answer.isVisible(), false, "the answer is closed at first");
  await first.locator("summary").click();
  assert.equal(await answer.isVisible(), true, "and opens on demand, without script");
  assert.equal(await page.locator(".answer-key").isVisible(), false, "the key is for paper");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".answer-key").isVisible(), true);
  assert.equal(await answer.isVisible(), false, "printed, the questions come without answers");
  assert.equal(await page.locator(".answer-key").evaluate((e) => getComputedStyle(e).breakBefore), "page");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the controlled documents: every job description and process with its approval and the day it is in force", async () => {
  const { page, context, problems } = await open(base + "documents.html");
  const rows = page.locator("table.documents tbody tr");
  assert.equal(await rows.count(), 6 + 3);
  const courier = rows.filter({ hasText: "Courier" });
  assert.match(await courier.innerText(), /Director of the agency, 1 December 2026/);
  assert.match(await courier.innerText(), /7 December 2026/);
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true, displayHeaderFooter: false })).toString("latin1");
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
  assert.equal(await links.count(), 12);
  await Promise.all([page.waitForURL(/handoffs\//), links.first().click()]);
  assert.match(await page.locator("h1").innerText(), /→/);
  assert.deepEqual(problems, []);
  await context.close();
});
