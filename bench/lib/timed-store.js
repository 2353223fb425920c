'use strict';
/**
 * Wraps a GraphStore so every call is timed. `busyMs(method)` is the union of the intervals
 * during which at least one call of that method was running, so concurrent calls (Neo4j)
 * are not counted twice; it is what "time spent in the store" means in the ingest lines.
 */
function timedStore(store, opts = {}) {
  const stats = new Map();
  const record = opts.record ? [] : null;
  const stat = (m) => {
    let s = stats.get(m);
    if (!s) stats.set(m, (s = { calls: 0, busyMs: 0, active: 0, since: 0 }));
    return s;
  };
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'close' || prop === 'exportGraph') return typeof v === 'function' ? v.bind(target) : v;
      return (...args) => {
        const s = stat(String(prop));
        const t0 = performance.now();
        if (s.active++ === 0) s.since = t0;
        s.calls++;
        const done = () => {
          const t1 = performance.now();
          if (--s.active === 0) s.busyMs += t1 - s.since;
          if (record) record.push({ method: String(prop), args, start: t0, end: t1 });
        };
        let out;
        try {
          out = v.apply(target, args);
        } catch (err) {
          done();
          throw err;
        }
        if (out && typeof out.then === 'function') return out.finally(done);
        done();
        return out;
      };
    },
  });
  return {
    store: wrapped,
    busyMs: (m) => stats.get(m)?.busyMs ?? 0,
    calls: (m) => stats.get(m)?.calls ?? 0,
    totalBusyMs: () => [...stats.values()].reduce((s, x) => s + x.busyMs, 0),
    recorded: () => record ?? [],
    reset() {
      stats.clear();
      if (record) record.length = 0;
    },
  };
}

module.exports = { timedStore };
