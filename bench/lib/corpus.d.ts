export interface SeedRecord {
  id?: string;
  url?: string;
  source?: string;
  published?: string;
  title?: string;
  text: string;
}
export const ROOT: string;
export function loadSeeds(opts?: { dir?: string }): { dir: string; records: SeedRecord[] };
export function repeatTo(records: SeedRecord[], n: number): SeedRecord[];
export function wordCount(text: string): number;
export function readRecordsFromFile(file: string): SeedRecord[];
