import { join } from 'node:path';

/** The package root, from src/cli (tests) or dist/cli (the built program) alike. */
export const PACKAGE_ROOT = join(__dirname, '..', '..');
/** Sample articles `sayso serve --seed` (and so `npm start`) ingests into an empty store. */
export const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');
