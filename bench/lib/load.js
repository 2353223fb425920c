'use strict';
/**
 * Load generator, run as a child process so it does not share an event loop with the server
 * under test. Receives { url, body, connections, duration } on IPC, answers with the summary.
 */
const autocannon = require('autocannon');

process.on('message', (msg) => {
  const instance = autocannon(
    {
      url: msg.url,
      method: msg.method ?? 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: msg.body,
      connections: msg.connections,
      duration: msg.duration,
      timeout: 10,
    },
    (err, r) => {
      if (err) {
        process.send({ error: String(err) }, () => process.exit(0));
        return;
      }
      process.send(
        {
          p50: r.latency.p50,
          p90: r.latency.p90,
          p99: r.latency.p99,
          mean: r.latency.average,
          max: r.latency.max,
          rps: r.requests.average,
          total: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
        },
        () => process.exit(0),
      );
    },
  );
  void instance;
});
