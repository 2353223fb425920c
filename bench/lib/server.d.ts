export const HEADLINE: string;
export function rounds<T extends { start: number; end: number }>(calls: T[]): T[][];
