// A handbook with a theme (SITE_THEMED_DIR, built by `cargo test`): its accent, logo, favicon and extra CSS on
// screen and in print, and its pages still pass axe (contrast included); its free pages (`pages/*.md`) are in the
// menu and found by search. Without it the suite is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axeFailures } from "./harness.mjs";

const SITE = process.env.SITE_THEMED_DIR;
const skip = SITE ? false : "SITE_THEMED_DIR is not set (cargo test builds the themed site and sets it)";
let base, browser, close;

before(async () => {
  if (SITE) ({ base, browser, close } = await start(SITE));
});

after(async () => {
  await close?.();
});

test("themed: the pages pass axe, colour contrast included", { skip }, async () => {
  const pages = ["index.html", "roles/courier.html", "checklists/courier.html", "processes/sales.html", "starter/courier.html", "404.html", "pages/welcome.html", "pages/glossary.html"];
  assert.deepEqual(await axeFailures(browser, base, pages), []);
});

test("themed: the accent colours the links, the logo and favicon load, the extra CSS applies, the logo prints", { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const failed = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  page.on("response", (r) => { if (r.status() >= 400) failed.push(r.url()); });
  await page.goto(base + "roles/courier.html");
  assert.equal(await page.locator("main a").first().evaluate((a) => getComputedStyle(a).color), "rgb(122, 31, 92)");
  assert.ok((await page.locator(".site-header .logo").evaluate((img) => img.naturalWidth)) > 0, "the logo loads");
  assert.ok(await page.locator(".site-header .logo").isVisible());
  assert.equal(await page.locator(".site-header").evaluate((h) => getComputedStyle(h).borderBottomWidth), "4px");
  const icon = await page.locator("link[rel=icon]").getAttribute("href");
  assert.equal(icon, "../assets/theme/favicon.svg");
  const served = await page.evaluate(async (href) => (await fetch(href)).status, icon);
  assert.equal(served, 200);
  assert.equal(await page.locator(".print-logo").isVisible(), false, "on screen, the logo is in the header only");
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator(".print-logo").isVisible(), "printed, the logo heads the sheet");
  assert.deepEqual(failed, []);
  await page.close();
});

test("themed: a free page is in every page's menu, and search finds it", { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + "roles/courier.html");
  const menu = page.locator(".site-nav a", { hasText: "Welcome to sales" });
  assert.equal(await menu.getAttribute("href"), "../pages/welcome.html");
  await page.locator("#search input").fill("zeppelin");
  const result = page.locator(".pagefind-ui__result-link").first();
  await result.waitFor({ timeout: 10000 });
  await Promise.all([page.waitForURL(/pages\/welcome\.html/), result.click()]);
  assert.equal(await page.locator("h1").innerText(), "Welcome to sales");
  assert.match(await page.locator("main").innerText(), /every call is written down/);
  await page.close();
});
