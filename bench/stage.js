'use strict';
/** Runs one benchmark stage in a fresh process and prints its result as one JSON line. */
const { Missing } = require('./lib/util');

async function main() {
  const [name, json] = process.argv.slice(2);
  const opts = JSON.parse(json ?? '{}');
  const stage = require(`./stages/${name}.js`);
  let result;
  try {
    result = await stage.run(opts);
  } catch (err) {
    if (err instanceof Missing || err?.skip) result = { line: `${opts.label ?? name} skipped: ${err.message}`, skipped: true };
    else result = { line: `${opts.label ?? name} error: ${String(err?.stack ?? err).split('\n').slice(0, 3).join(' | ')}`, error: true };
  }
  process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
  // Drivers and pools may hold the loop open; the result is out, so leave.
  setTimeout(() => process.exit(0), 50).unref();
  process.exitCode = 0;
}

main();
