'use strict';
module.exports = { run: (opts) => require('./ingest.js').run({ ...opts, store: 'neo4j' }) };
