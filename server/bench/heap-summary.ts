/**
 * A V8 heap snapshot of this process, summed by what each object is (bench/idle-memory.ts): its
 * constructor for objects ("WebSocket", "EntityManager"), its function name for closures, and the
 * kind of the rest ("(string)", "(array (object elements))", "(code)"). The snapshot is written to a
 * scratch file (taking it collects garbage first) and read back here; nothing is kept.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';

export type HeapSummary = Map<string, { count: number; bytes: number }>;

interface SnapshotMeta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
}

/** The integers of a JSON array that starts at `from` (just after its "["), up to its "]". */
function* integers(buffer: Buffer, from: number): Generator<number> {
  let value = 0;
  let inNumber = false;
  for (let i = from; i < buffer.length; i++) {
    const c = buffer[i];
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber) yield value;
      value = 0;
      inNumber = false;
      if (c === 93) return; // ]
    }
  }
}

function keyOf(type: string, name: string): string | null {
  switch (type) {
    case 'object':
      return name;
    case 'closure':
      return name ? `closure ${name}` : '(anonymous closure)';
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    case 'array':
    case 'hidden':
    case 'native':
      return `(${type} ${name})`;
    case 'synthetic':
      return null;
    default:
      return `(${type})`;
  }
}

/** The live heap of this process, by constructor (or kind), after a full garbage collection. */
export function heapSummary(): HeapSummary {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-heap-'));
  try {
    const file = v8.writeHeapSnapshot(path.join(dir, 'idle.heapsnapshot'));
    const buffer = readFileSync(file);
    const nodesAt = buffer.indexOf('"nodes":[');
    const stringsAt = buffer.indexOf('"strings":[');
    const head = buffer.toString('utf8', 0, nodesAt).trim().replace(/,$/, '');
    const meta = (JSON.parse(`${head}}`) as { snapshot: { meta: SnapshotMeta } }).snapshot.meta;
    const strings = JSON.parse(buffer.toString('utf8', stringsAt + '"strings":'.length, buffer.lastIndexOf(']') + 1)) as string[];
    const width = meta.node_fields.length;
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number];
    const types = meta.node_types[0];
    const summary: HeapSummary = new Map();
    const node: number[] = [];
    for (const value of integers(buffer, nodesAt + '"nodes":['.length)) {
      node.push(value);
      if (node.length < width) continue;
      const key = keyOf(types[node[typeAt]], strings[node[nameAt]]);
      if (key !== null) {
        const entry = summary.get(key) ?? { count: 0, bytes: 0 };
        entry.count++;
        entry.bytes += node[sizeAt];
        summary.set(key, entry);
      }
      node.length = 0;
    }
    return summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What grew from `before` to `after`, per key, largest first. */
export function heapGrowth(before: HeapSummary, after: HeapSummary): { key: string; count: number; bytes: number }[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((key) => ({ key, count: (after.get(key)?.count ?? 0) - (before.get(key)?.count ?? 0), bytes: (after.get(key)?.bytes ?? 0) - (before.get(key)?.bytes ?? 0) }))
    .sort((a, b) => b.bytes - a.bytes);
}
