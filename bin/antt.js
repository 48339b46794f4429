#!/usr/bin/env node
// The `antt` command: builds dist/ and the CLI on first use, then runs build/cli.cjs.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

// A larger young generation (V8's default semi-space is 16 MB): reading a workbook makes
// millions of short-lived objects, and at 100,035 rows the default ran 422 scavenges against
// 293 with 64 MB, about 0.2 s of a 4.7 s check, at the same peak RSS. Set before anything is
// allocated; worker threads started later take the process's flags. (A plain whole-workbook
// read, which keeps every cell, gets slower with it: 4.6 s → 5.1 s.)
require('node:v8').setFlagsFromString('--max-semi-space-size=64');

const root = join(__dirname, '..');
if (!existsSync(join(root, 'build/cli.cjs')) || !existsSync(join(root, 'dist/Code.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
}
require(join(root, 'build/cli.cjs')).run(process.argv.slice(2));
