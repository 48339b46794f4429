#!/usr/bin/env node
// The `antt` command: builds dist/ and the CLI on first use, then runs build/cli.cjs.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
if (!existsSync(join(root, 'build/cli.cjs')) || !existsSync(join(root, 'dist/Code.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
}
require(join(root, 'build/cli.cjs')).run(process.argv.slice(2));
