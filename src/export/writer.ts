import type { Writable } from 'node:stream';
import type { ExportItem } from '../graph/store';
import type { ExportSchema } from './schema';

/** What every streaming writer takes besides its items and output. */
export interface WriterOptions {
  /**
   * Property types for the typed formats (GraphML, CSV, Cypher). Defaults to the model's known
   * properties; pass `discoverSchema(...)` of the same selection to carry every property seen.
   */
  schema?: ExportSchema;
  /** End the output when done (default true); false for stdout. */
  end?: boolean;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
}

export type StreamWriter = (
  items: AsyncIterable<ExportItem>,
  out: Writable,
  options?: WriterOptions,
) => Promise<ExportSummary>;
