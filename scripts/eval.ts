/**
 * `npm run eval [files...] [--limit N] [--full] [--json] [--errors K]`: runs analyze() over JSONL gold sets (default:
 * every ../shared/eval/*.jsonl next to the repository) and scores them as ../shared/eval/README.md defines. Prints a
 * table and a one-line `summary` per set; with the seed article present, also a checklist against its expected.json.
 * So that the default run stays within a couple of minutes, a default `*-train` set is cut to its first
 * TRAIN_SAMPLE documents unless `--full` (or an explicit `--limit`) is given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES } from '../src/eval/attribution.js';
import type { ErrorExample } from '../src/eval/errors.js';
import {
  type EvaluateOptions,
  evaluateRecords,
  type SetCounts,
  type SetScores,
  setScores,
} from '../src/eval/evaluate.js';
import { parseGoldJsonl } from '../src/eval/gold.js';
import type { Scores } from '../src/eval/match.js';
import { NER_TYPES } from '../src/eval/ner.js';
import { checkSeed, type SeedReport } from '../src/eval/seed.js';
import { analyze } from '../src/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultSharedDir = resolve(repoRoot, '..', 'shared');
const TRAIN_SAMPLE = 300;

interface Args {
  files: string[];
  limit: number;
  /** --limit given explicitly. */
  limited: boolean;
  full: boolean;
  /** The directory holding eval/*.jsonl and seed/ (default ../shared). */
  data: string;
  json: boolean;
  errors: number;
}

function usage(code = 2): never {
  console.error(
    [
      'usage: npm run eval -- [files.jsonl...] [--limit N] [--full] [--json] [--errors K]',
      '  files       JSONL gold sets (default: every ../shared/eval/*.jsonl)',
      '  --limit N   score only the first N documents of each set',
      '  --data DIR  read DIR/eval/*.jsonl and DIR/seed/ instead of ../shared',
      `  --full      score whole *-train sets (by default the first ${TRAIN_SAMPLE} documents of each)`,
      '  --json      print machine-readable results only',
      '  --errors K  print K example false positives/negatives per type or role',
    ].join('\n'),
  );
  process.exit(code);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    files: [],
    limit: Number.POSITIVE_INFINITY,
    limited: false,
    full: false,
    data: defaultSharedDir,
    json: false,
    errors: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0) usage();
      return n;
    };
    if (a === '--json') args.json = true;
    else if (a === '--full') args.full = true;
    else if (a === '--data' || a.startsWith('--data=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) usage();
      args.data = resolve(process.cwd(), v);
    } else if (a === '--limit' || a.startsWith('--limit=')) {
      args.limit = value();
      args.limited = true;
    } else if (a === '--errors' || a.startsWith('--errors=')) args.errors = value();
    else if (a === '--help' || a === '-h') usage(0);
    else if (a.startsWith('-')) usage();
    else args.files.push(resolve(process.cwd(), a));
  }
  return args;
}

const f3 = (x: number) => x.toFixed(3);
const short = (x: number) => (x >= 1 ? '1.0' : x.toFixed(2).replace(/^0/, ''));

function row(label: string, s: Scores): string {
  return `  ${label.padEnd(22)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${String(s.tp).padStart(6)} ${String(s.pred).padStart(6)} ${String(s.gold).padStart(6)}`;
}

function header(title: string): string {
  return `  ${title.padEnd(22)} ${'P'.padStart(5)}  ${'R'.padStart(5)}  ${'F1'.padStart(5)}  ${'tp'.padStart(6)} ${'pred'.padStart(6)} ${'gold'.padStart(6)}`;
}

function printTable(s: SetScores): void {
  console.log(`\n== ${s.name} (${s.docs} docs) ==`);
  if (s.ner) {
    console.log(header('NER (exact span+type)'));
    for (const t of NER_TYPES) console.log(row(t, s.ner.perType[t]));
    console.log(row('micro', s.ner.micro));
    console.log(row('span-only', s.ner.spanOnly));
    for (const t of NER_TYPES) console.log(row(`overlap+type ${t}`, s.ner.overlapPerType[t]));
    console.log(row('overlap+type micro', s.ner.overlapMicro));
  }
  if (s.timex) {
    console.log(header('Timex'));
    console.log(row('strict', s.timex.strict));
    console.log(row('relaxed', s.timex.relaxed));
    console.log(row('value', s.timex.value));
    console.log(row('type', s.timex.type));
  }
  if (s.attribution) {
    console.log(header('Attribution (PolNeAR)'));
    for (const r of ROLES) {
      console.log(row(`${r} exact`, s.attribution.exact[r]));
      console.log(row(`${r} overlap`, s.attribution.overlap[r]));
    }
    console.log(header('Attribution (GGT)'));
    for (const [t, g] of Object.entries(s.attribution.ggt)) {
      console.log(
        `${row(`quotes >${t}`, g.quotes)}   speaker acc ${f3(g.speakerAccuracy)}  R direct ${f3(g.directRecall)} indirect ${f3(g.indirectRecall)}`,
      );
    }
  }
  console.log(
    `  invariants: ${s.violations} violations in ${s.docsWithViolations}/${s.docs} docs | crashes ${s.crashes} | stage errors ${s.stageErrors} | median ${s.medianMs.toFixed(2)} ms/doc = ${s.docsPerSecond.toFixed(0)} docs/s`,
  );
}

function summary(s: SetScores): string {
  const parts: string[] = [];
  if (s.ner) {
    const n = s.ner;
    parts.push(
      `NER micro F1 ${f3(n.micro.f1)} (PER ${short(n.perType.PER.f1)} ORG ${short(n.perType.ORG.f1)} LOC ${short(n.perType.LOC.f1)})`,
      `overlap+type F1 ${f3(n.overlapMicro.f1)}`,
      `span-only F1 ${f3(n.spanOnly.f1)}`,
    );
  }
  if (s.timex) {
    const t = s.timex;
    parts.push(
      `timex relaxed F1 ${f3(t.relaxed.f1)} strict ${f3(t.strict.f1)} value ${f3(t.value.f1)} type ${f3(t.type.f1)}`,
    );
  }
  if (s.attribution) {
    const a = s.attribution;
    parts.push(
      `content F1 ${f3(a.exact.content.f1)}/${f3(a.overlap.content.f1)} cue ${f3(a.exact.cue.f1)}/${f3(a.overlap.cue.f1)} source ${f3(a.exact.source.f1)}/${f3(a.overlap.source.f1)} (exact/overlap)`,
    );
    const g = a.ggt['0.3'];
    const g8 = a.ggt['0.8'];
    if (g && g8) {
      parts.push(`GGT F1 ${f3(g.quotes.f1)} @.3 ${f3(g8.quotes.f1)} @.8, speaker acc ${f3(g.speakerAccuracy)}`);
    }
  }
  parts.push(
    `invariants ${s.violations} violations / ${s.docs} docs`,
    `crashes ${s.crashes}${s.stageErrors ? ` (+${s.stageErrors} docs with stage errors)` : ''}`,
    `${s.docsPerSecond.toFixed(0)} docs/s`,
  );
  return `summary ${s.name}: ${parts.join(' | ')}`;
}

/** Up to k examples per (kind, label), spread evenly over the list so they come from many documents. */
function sampleErrors(errors: readonly ErrorExample[], k: number): ErrorExample[] {
  const groups = new Map<string, ErrorExample[]>();
  for (const e of errors) {
    const key = `${e.kind} ${e.label}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  const out: ErrorExample[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const step = Math.max(1, Math.floor(g.length / k));
    for (let i = 0, taken = 0; i < g.length && taken < k; i += step, taken++) out.push(g[i]!);
  }
  return out;
}

function printErrors(c: SetCounts, k: number): void {
  const all = [...(c.ner?.errors ?? []), ...(c.timex?.errors ?? []), ...(c.attribution?.errors ?? [])];
  const sample = sampleErrors(all, k);
  if (sample.length === 0 && c.violationExamples.length === 0 && c.crashExamples.length === 0) return;
  console.log(`  -- examples (${k} per kind) --`);
  let last = '';
  for (const e of sample) {
    const key = `${e.kind} ${e.label}`;
    if (key !== last) {
      const n = all.filter((x) => x.kind === e.kind && x.label === e.label).length;
      console.log(`  ${key} (${n}):`);
      last = key;
    }
    console.log(`    ${e.doc} [${e.start},${e.end}) "${e.text}"${e.note ? `  ← ${e.note}` : ''}`);
  }
  for (const v of c.violationExamples.slice(0, k)) console.log(`  invariant: ${v}`);
  for (const v of c.crashExamples.slice(0, k)) console.log(`  crash: ${v}`);
  for (const v of c.stageErrorExamples.slice(0, k)) console.log(`  stage error: ${v}`);
}

function printSeed(r: SeedReport, k: number): void {
  console.log(`\n== seed ${r.name} ==`);
  for (const section of r.sections) {
    const misses = section.items.filter((i) => !i.ok);
    console.log(`  ${section.name.padEnd(18)} ${section.items.length - misses.length}/${section.items.length}`);
    for (const m of misses.slice(0, Math.max(k, 50)))
      console.log(`    ✗ ${m.label}${m.detail ? `  (${m.detail})` : ''}`);
  }
}

function seedSummary(r: SeedReport): string {
  return `summary seed ${r.name}: ${r.sections.map((s) => `${s.name} ${s.passed}/${s.items.length}`).join(' | ')}`;
}

function seedReports(sharedDir: string): SeedReport[] {
  const dir = join(sharedDir, 'seed');
  if (!existsSync(dir)) return [];
  const reports: SeedReport[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const expectedPath = join(dir, file.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
    let doc: ReturnType<typeof analyze> | undefined;
    try {
      doc = analyze(text);
    } catch (err) {
      console.error(`seed ${file}: analyze threw: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (doc) reports.push(checkSeed(file.replace(/\.txt$/, ''), expected, doc));
  }
  return reports;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let files = args.files;
  const defaultSets = files.length === 0;
  if (defaultSets) {
    const dir = join(args.data, 'eval');
    if (!existsSync(dir)) {
      console.log(`eval: no gold data at ${dir}; nothing to score (pass JSONL files as arguments to use your own).`);
      return;
    }
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(dir, f));
    if (files.length === 0) {
      console.log(`eval: no *.jsonl files in ${dir}; nothing to score.`);
      return;
    }
  }
  const results: (SetScores & { examples: Record<string, string[]> })[] = [];
  const summaries: string[] = [];
  const progress = process.stderr.isTTY && !args.json;
  for (const file of files) {
    const name = basename(file).replace(/\.jsonl$/, '');
    const all = parseGoldJsonl(readFileSync(file, 'utf8'), name);
    const sampled = defaultSets && !args.full && !args.limited && /-train$/.test(name) && all.length > TRAIN_SAMPLE;
    const records = all.slice(0, sampled ? TRAIN_SAMPLE : args.limit);
    if (sampled && !args.json) console.log(`\n${name}: first ${TRAIN_SAMPLE} of ${all.length} docs (--full for all)`);
    const options: EvaluateOptions = {};
    if (progress) {
      options.onDocument = (i) => {
        if (i % 20 === 0) process.stderr.write(`\r${name}: ${i}/${records.length}`);
      };
    }
    const counts = evaluateRecords(name, records, analyze, options);
    if (progress) process.stderr.write('\r\x1b[K');
    const scores = setScores(counts);
    results.push({
      ...scores,
      examples: {
        violations: counts.violationExamples.slice(0, 10),
        crashes: counts.crashExamples.slice(0, 10),
        stageErrors: counts.stageErrorExamples.slice(0, 10),
      },
    });
    if (!args.json) {
      printTable(scores);
      if (args.errors > 0) printErrors(counts, args.errors);
      else {
        for (const v of counts.violationExamples.slice(0, 3)) console.log(`  invariant: ${v}`);
        for (const v of counts.crashExamples.slice(0, 3)) console.log(`  crash: ${v}`);
        for (const v of counts.stageErrorExamples.slice(0, 3)) console.log(`  stage error: ${v}`);
      }
      summaries.push(summary(scores));
    }
  }
  const seeds = args.files.length === 0 ? seedReports(args.data) : [];
  if (args.json) {
    console.log(JSON.stringify({ sets: results, seed: seeds }, null, 2));
    return;
  }
  for (const r of seeds) {
    printSeed(r, args.errors);
    summaries.push(seedSummary(r));
  }
  if (summaries.length > 0) console.log(`\n${summaries.join('\n')}`);
  if (results.some((r) => /train/i.test(r.name))) {
    console.log(
      'note: *-train sets may be data a component was fit on (data/ner-model.json is trained on conll-train): judge by the dev sets.',
    );
  }
}

main();
