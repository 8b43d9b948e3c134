// A stand-in for src/cli/batch-worker.ts that follows its protocol (src/cli/batch-protocol.ts) without the pipeline,
// so the pool's timeout and failure handling can be tested with documents that take a known time. Each line (or
// the "text" of a JSON line) is echoed as {"line", "echo"}; "sleep MS" blocks for MS ms first; "throw" fails the
// whole task, as a worker dying under that line would; a chunk whose first line is "fail first" fails before it
// starts any line.
export default function standIn({ lines, lineNumbers, progress, t0 }) {
  if (lines[0] === 'fail first') throw new Error('stand-in failure before the first line');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    Atomics.store(progress, 1, Date.now() - t0);
    Atomics.store(progress, 0, i);
    const command = lines[i].startsWith('{') ? JSON.parse(lines[i]).text : lines[i];
    const sleep = /^sleep (\d+)$/.exec(command);
    if (sleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(sleep[1]));
    if (command === 'throw') throw new Error('stand-in failure');
    out.push(`${JSON.stringify({ line: lineNumbers[i], echo: command })}\n`);
  }
  Atomics.store(progress, 0, lines.length);
  return { bytes: new TextEncoder().encode(out.join('')), documents: lines.length, errors: 0 };
}
