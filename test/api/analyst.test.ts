import { createEmbeddedStore } from '../../src/graph/embedded';
import { runAnalystSuite } from './analyst-suite';

runAnalystSuite('embedded', async () => createEmbeddedStore({ file: ':memory:' }));
