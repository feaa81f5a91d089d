#!/usr/bin/env node
// Runs the built CLI. `npm install` builds it (the "prepare" script); if it is missing, say how to fix.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  console.error('Bulwark is not built yet. Run "npm run build" in the Bulwark folder, then try again.');
  process.exit(1);
}
require(cli)
  .runCli(process.argv.slice(2))
  .then((code) => process.exit(code));
