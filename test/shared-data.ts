import { fileURLToPath } from 'node:url';

/**
 * A path under `../shared` beside the repository (the gold data and the seed article), wherever the clone is.
 * Tests that read it skip when it is absent.
 */
export function sharedPath(relative: string): string {
  return fileURLToPath(new URL(`../../shared/${relative}`, import.meta.url));
}

export const SEED_BASE = sharedPath('seed/huawei-ceo-2019-01-15');
