import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Corpus {
  name: string;
  texts: string[];
  chars: number;
  bytes: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = `${ROOT}../shared/eval`;
const SETS = ['polnear-dev', 'meantime-dev'];

/**
 * The texts every system is measured on: the PolNeAR and MEANTIME dev sets (news articles of 0.5-22 KB) when
 * ../shared/eval is present, else the articles bundled in examples/articles.
 */
export function loadCorpus(): Corpus {
  const texts: string[] = [];
  let name: string;
  if (SETS.every((s) => existsSync(`${SHARED}/${s}.jsonl`))) {
    name = SETS.map((s) => `${s}.jsonl`).join(' + ');
    for (const set of SETS) {
      for (const line of readFileSync(`${SHARED}/${set}.jsonl`, 'utf8').split('\n')) {
        if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
      }
    }
  } else {
    const dir = `${ROOT}examples/articles`;
    name = 'examples/articles/*.txt';
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return { name, texts, chars, bytes };
}

/** `n` texts, cycling through the corpus. */
export function cycle(texts: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => texts[i % texts.length]!);
}
