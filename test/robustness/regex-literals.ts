import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Every regular expression in the TypeScript files under `dir`: each regex literal, and each `new RegExp(...)` /
 * `RegExp(...)` whose pattern is a string or template literal without substitutions. Found with the TypeScript
 * parser, so regex-looking text in strings and comments is not mistaken for one.
 */
export function collectRegexLiterals(dir: string, root = dir): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...collectRegexLiterals(path, root));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(...regexesIn(path, root));
  }
  return out;
}

function regexesIn(path: string, root: string): RegexLiteral[] {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const file = relative(root, path);
  const out: RegexLiteral[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf('/');
      out.push({ file, line: at(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
        const f = flags && ts.isStringLiteral(flags) ? flags.text : '';
        out.push({ file, line: at(node), source: pattern.text, flags: f });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
