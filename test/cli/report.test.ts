import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { formatReport } from '../../src/cli/report.js';
import { analyze, emptyDocument } from '../../src/index.js';
import { WIRE_STORY } from './fixtures.js';

describe('formatReport', () => {
  it('reports every section of a real-looking article, quotes with their speakers', () => {
    const doc = analyze(WIRE_STORY, { published: '2021-03-03', outlet: 'Reuters' });
    const report = formatReport(doc);
    for (const heading of ['Title', 'Published  2021-03-03 (option)', 'Outlet     Reuters', 'Entities (', 'Dates (']) {
      expect(report).toContain(heading);
    }
    for (const q of doc.quotes) {
      expect(report).toContain(q.id);
      if (q.speaker) expect(report).toContain(q.speaker.text.split(/\s+/).at(-1));
    }
    expect(report.endsWith('\n')).toBe(true);
  });

  it('says "none" for empty layers and survives control characters', () => {
    const report = formatReport(emptyDocument('\u0000\u001b[31m'));
    expect(report).toContain('Quotes (0)\n  none');
    expect(report).not.toContain('\u001b');
  });
});

describe('progress bar', () => {
  const capture = (isTTY: boolean) => {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 80 });
    const chunks: string[] = [];
    stream.on('data', (b: Buffer) => chunks.push(b.toString()));
    return { stream, text: () => chunks.join('') };
  };

  it('draws rate and ETA on a terminal', () => {
    const { stream, text } = capture(true);
    const p = createProgress(stream, 1000);
    p.update(5, 500);
    p.finish();
    expect(text()).toMatch(/50%.*docs\/s.*ETA/);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { stream, text } = capture(false);
    const p = createProgress(stream, 1000);
    p.update(5, 500);
    p.finish();
    expect(text()).toBe('');
  });
});
