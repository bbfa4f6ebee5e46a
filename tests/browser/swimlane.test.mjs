// The swimlanes of the English and Russian agency handbooks and of a synthetic process of 12 lanes with long
// names (SITE_WIDE_DIR), as Chromium draws them: no text leaves its box or the drawing, no two texts overlap;
// at 375 px the flow reads step by step instead. Every starter pack prints on at most four A4 sheets. Without the sites (running `node --test` by hand) it is skipped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { start, swimlaneFailures, printedSheets } from "./harness.mjs";

const SITES = { en: process.env.SITE_DIR, ru: process.env.SITE_RU_DIR, wide: process.env.SITE_WIDE_DIR };
const skip = Object.values(SITES).every(Boolean) ? false : "SITE_DIR, SITE_RU_DIR and SITE_WIDE_DIR are set by cargo test";
const running = {};

before(async () => {
  if (skip) return;
  for (const [name, dir] of Object.entries(SITES)) running[name] = await start(dir);
});

after(async () => {
  for (const r of Object.values(running)) await r.close();
});

/** The pages of a site that draw a swimlane. */
const diagramPages = (dir) => ["index.html", ...fs.readdirSync(path.join(dir, "processes")).map((f) => `processes/${f}`)];

for (const name of ["en", "ru", "wide"]) {
  test(`${name}: every swimlane text stays inside its box and the drawing, and no two overlap`, { skip }, async () => {
    const { base, browser } = running[name];
    const pages = diagramPages(SITES[name]);
    assert.ok(pages.length >= 2, `${pages}`);
    assert.deepEqual(await swimlaneFailures(browser, base, pages), []);
  });
}

test("wide: twelve lanes, each named in full", { skip }, async () => {
  const { base, browser } = running.wide;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base + "processes/long.html");
  assert.equal(await page.locator("svg.swimlane rect.lane").count(), 12);
  const heads = await page.locator("svg.swimlane rect.lane-head").count();
  const labels = (await page.locator("svg.swimlane .lane-label").allTextContents()).join(" ");
  assert.equal(labels.split("advertising 11").length - 1, heads, "the last lane's name, in full, in every row of names");
  assert.ok(!labels.includes("…"), "nothing is cut");
  await page.close();
});

for (const name of ["en", "ru"]) {
  test(`${name}: at 375 px the sales process reads step by step, each step under its owner`, { skip }, async () => {
    const { base, browser } = running[name];
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(base + "processes/sales.html");
    assert.equal(await page.locator("svg.swimlane").isVisible(), false, "the shrunk diagram is not shown");
    const steps = page.locator("ol.flow-words > li");
    assert.ok((await steps.count()) >= 10);
    for (const box of await steps.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      assert.ok(box <= 375, `a step ends at ${box}px`);
    }
    assert.ok(await steps.first().locator(".step-owner").isVisible());
    await page.close();
  });
}

for (const name of ["en", "ru"]) {
  test(`${name}: every starter pack prints its job description, checklists and signature on at most 4 A4 sheets, then the first-month plan on one more`, { skip }, async () => {
    const { base, browser } = running[name];
    const packs = fs.readdirSync(path.join(SITES[name], "starter")).filter((f) => f.endsWith(".html"));
    assert.ok(packs.length >= 6, `${packs}`);
    const sheets = {};
    for (const f of packs) {
      const signed = await printedSheets(browser, `${base}starter/${f}`, ".starter-onboarding");
      const all = await printedSheets(browser, `${base}starter/${f}`);
      sheets[f] = [signed, all];
    }
    const over = Object.entries(sheets).filter(([, [signed, all]]) => signed > 4 || signed < 1 || all !== signed + 1);
    assert.deepEqual(over, [], JSON.stringify(sheets));
  });
}

for (const name of ["en", "ru"]) {
  test(`${name}: printed, a process page has its swimlane on the first A4 sheet, under the title`, { skip }, async () => {
    const { base, browser } = running[name];
    // An A4 sheet less the printed margins (12 mm each side, 14 mm top and bottom), in CSS pixels.
    const page = await browser.newPage({ viewport: { width: Math.floor((186 / 25.4) * 96), height: 1000 } });
    await page.emulateMedia({ media: "print" });
    for (const f of fs.readdirSync(path.join(SITES[name], "processes"))) {
      await page.goto(`${base}processes/${f}`);
      const bottom = await page.locator("svg.swimlane").evaluate((svg) => svg.getBoundingClientRect().bottom);
      assert.ok(bottom <= (269 / 25.4) * 96, `${f}: the diagram ends ${Math.round(bottom)} px down the first sheet`);
    }
    await page.close();
  });
}
