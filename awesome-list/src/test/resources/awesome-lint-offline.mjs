// Runs awesome-lint 2.3.0 without its network-only rule (awesome-github, which asks the GitHub
// API about the repository) and prints every message of every file as JSON:
//   node awesome-lint-offline.mjs <dir with node_modules/awesome-lint> <readme.md>...
// Output: {"<readme path>": [{"file", "line", "column", "ruleId", "message", "fatal"}]}
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const root = path.resolve(process.argv[2], 'node_modules', 'awesome-lint');
const load = file => import(pathToFileURL(path.join(root, file)).href);
const {default: lint} = await load('index.js');
const {createConfig} = await load('config.js');
const {default: rules} = await load('rules/index.js');

const ruleName = entry => (Array.isArray(entry) ? entry[0] : entry).name;
const offline = rules.filter(entry => ruleName(entry) !== 'remark-lint:awesome-github');
const config = createConfig(offline);

const out = {};
for (const file of process.argv.slice(3)) {
  const vfiles = await lint({filename: file, config});
  out[file] = vfiles.flatMap(vfile => vfile.messages.map(m => ({
    file: path.basename(vfile.path),
    line: m.line ?? null,
    column: m.column ?? null,
    ruleId: m.ruleId ?? null,
    message: m.reason,
    fatal: m.fatal ?? null,
  })));
}
process.stdout.write(JSON.stringify(out));
