import { createEmbeddedStore } from '../../src/graph/embedded';
import { runDataLoaderSuite } from './dataloader-suite';

runDataLoaderSuite('embedded', async () => createEmbeddedStore({ file: ':memory:' }));
