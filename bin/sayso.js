#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('sayso: the compiled program is missing (dist/). Run `npm run build` (npm install does it) and try again.\n');
  process.exit(1);
}
require(entry).main(process.argv.slice(2));
