import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface InputLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
  /** Bytes of input consumed up to and including this line, for progress. */
  bytesRead: number;
}

/**
 * The lines of a stream, one at a time. The caller's `await` between lines is the back-pressure: at most one
 * chunk plus one partial line is held, however large the input (a `\r\n` ending is accepted).
 */
export async function* readLines(stream: Readable): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  let bytes = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    pending += decoder.write(buf);
    let from = 0;
    let nl = pending.indexOf('\n', from);
    while (nl >= 0) {
      const text = pending.slice(from, nl);
      bytes += Buffer.byteLength(text) + 1;
      line++;
      yield { line, text: text.endsWith('\r') ? text.slice(0, -1) : text, bytesRead: bytes };
      from = nl + 1;
      nl = pending.indexOf('\n', from);
    }
    pending = pending.slice(from);
  }
  pending += decoder.end();
  if (pending !== '') {
    bytes += Buffer.byteLength(pending);
    line++;
    yield { line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, bytesRead: bytes };
  }
}

export interface AlreadyWritten {
  ids: Set<string>;
  /** Input line numbers of error records without an id (a line that was not JSON has none to resume by). */
  lines: Set<number>;
}

/**
 * For `--resume`: the ids already written to an output file. A last line cut short by a crash (no final newline,
 * or not JSON) is truncated away so appending starts on a clean line. Returns an empty set when the file is absent.
 */
export async function alreadyWritten(path: string): Promise<AlreadyWritten> {
  const ids = new Set<string>();
  const lines = new Set<number>();
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r+');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return { ids, lines };
    throw err;
  }
  try {
    // Only the last line can be torn (every write is a whole line); a bad line elsewhere is kept as it is.
    let lastStart = 0;
    let lastParsed = true;
    let before = 0;
    for await (const { text, bytesRead } of readLines(handle.createReadStream({ autoClose: false, start: 0 }))) {
      lastStart = before;
      before = bytesRead;
      lastParsed = false;
      try {
        const record: unknown = JSON.parse(text);
        lastParsed = true;
        if (record && typeof record === 'object') {
          const r = record as { id?: unknown; line?: unknown; error?: unknown };
          if (typeof r.id === 'string') ids.add(r.id);
          else if (typeof r.line === 'number' && typeof r.error === 'string') lines.add(r.line);
        }
      } catch {
        // not JSON: a torn write if it is the last line
      }
    }
    let size = (await handle.stat()).size;
    if (!lastParsed) {
      await handle.truncate(lastStart);
      size = lastStart;
    }
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await handle.write('\n', size);
    }
  } finally {
    await handle.close();
  }
  return { ids, lines };
}
