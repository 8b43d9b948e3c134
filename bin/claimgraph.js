#!/usr/bin/env node
// The claimgraph command. It runs the compiled program in dist/, which `npm ci` builds through the "prepare" script.
try {
  await import('../dist/cli/bin.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/bin.js')) {
    process.stderr.write('claimgraph: dist/ is missing; run `npm run build` (or `npm ci`, which builds it) first.\n');
    process.exit(1);
  }
  throw err;
}
