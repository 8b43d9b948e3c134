/** The executable's entry: `bin/claimgraph.js` imports the built copy of this file. */
import { run } from './main.js';

await run();
