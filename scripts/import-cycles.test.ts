/**
 * No import cycle anywhere in the app's code (issue 16), type-only imports included: a cycle means two
 * modules that cannot be understood, tested or loaded one without the other. Imports are read by
 * TypeScript's own pre-processor, and cycles found as strongly connected components (Tarjan).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const DIRS = ['shared', 'data', 'server', 'electron', 'renderer/src', 'scripts', 'bench', 'e2e'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(full);
    return /\.(m?ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, path.join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Each strongly connected component of more than one module: every import cycle. */
export function importCycles(all: string[]): string[][] {
  const edges = new Map(all.map((f) => [f, ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true).importedFiles.map((i) => resolve(f, i.fileName)).filter((x): x is string => !!x)]));
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(ROOT, w));
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const f of all) if (!index.has(f)) visit(f);
  return cycles;
}

describe('imports', () => {
  it('form no cycle, type-only imports included', () => {
    expect(importCycles(DIRS.flatMap((d) => files(path.join(ROOT, d))))).toEqual([]);
  });

  it('the check finds a cycle when there is one', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport type B = number;\n");
      expect(importCycles([path.join(dir, 'a.ts'), path.join(dir, 'b.ts')])).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
