// Real-browser tests of the Russian handbook (examples/agency-ru), built by `cargo test` into SITE_RU_DIR.
// Without SITE_RU_DIR (running `node --test` by hand) the suite is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { pagesOf, start, open as openIn, axeFailures, narrowFailures, nuErrors } from "./harness.mjs";

const SITE = process.env.SITE_RU_DIR;
const skip = SITE ? false : "SITE_RU_DIR is not set (cargo test builds the Russian site and sets it)";

let base, browser, close;
const pages = SITE ? pagesOf(SITE) : [];

before(async () => {
  if (SITE) ({ base, browser, close } = await start(SITE));
});

after(async () => {
  await close?.();
});

const open = (url, options) => openIn(browser, url, options);

test("ru: every page: no console error, no failed request, no serious or critical axe violation", { skip }, async () => {
  assert.ok(pages.length >= 30, `only ${pages.length} pages`);
  assert.deepEqual(await axeFailures(browser, base, pages), []);
});

test("ru: every page is usable 375 px wide", { skip }, async () => {
  assert.deepEqual(await narrowFailures(browser, base, pages), []);
});

test("ru: the Nu Html Checker finds no error on any page", { skip }, () => {
  assert.deepEqual(nuErrors(SITE, pages), []);
});

test("ru: a search in another grammatical form finds the checklist", { skip }, async () => {
  const { page, context, problems } = await open(base + "index.html");
  assert.equal(await page.locator("html").getAttribute("lang"), "ru");
  // The checklist says "Подписанные маршрутные листы отсканированы в CRM";
  // the reader types the words in the genitive.
  await page.locator("#search input").fill("подписанных маршрутных листов");
  const result = page.locator(".pagefind-ui__result-link", { hasText: /Чек-листы: Курьер/ }).first();
  await result.waitFor({ timeout: 10000 });
  await Promise.all([page.waitForURL(/checklists\/courier\.html/), result.click()]);
  assert.match(await page.locator("main").innerText(), /Подписанные маршрутные листы отсканированы в CRM/);
  assert.deepEqual(problems, []);
  await context.close();
});
