// A handbook with a theme (SITE_THEMED_DIR, built by `cargo test`): its accent, logo, favicon and extra CSS on
// screen and in print, and its pages still pass axe (contrast included). Without it the suite is skipped.
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
  const pages = ["index.html", "roles/courier.html", "checklists/courier.html", "processes/sales.html", "starter/courier.html", "404.html"];
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
