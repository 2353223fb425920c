import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { runStoreContract } from './store-contract';

const dir = mkdtempSync(join(tmpdir(), 'sayso-contract-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('embedded', async () => createEmbeddedStore({ file: join(dir, `store-${++n}.sqlite`) }));
