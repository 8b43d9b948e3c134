// Only when claimgraph runs from its TypeScript sources (tests, `tsx src/cli/bin.ts`): worker threads do not inherit
// the parent's loader hooks on Node 20, so this plain-JS entry registers tsx in the worker thread first. The built
// program (dist/) loads batch-worker.js directly and never uses this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./batch-worker.ts');
export default worker.default;
