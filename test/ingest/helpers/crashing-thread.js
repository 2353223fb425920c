// A thread that dies as soon as it starts (extract-pool.test.ts).
throw new Error('thread cannot start');
