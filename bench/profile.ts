/** Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): where the self time goes, by function and by file. */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
}

/** "dist/src/annotate/mentions.js" rather than a long file URL; "(native)" for V8 internals. */
function shortFile(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inProject = path.match(/\/dist\/(.*)$/);
  if (inProject) return inProject[1] as string;
  const inModules = path.match(/node_modules\/(.*)$/);
  return inModules ? (inModules[1] as string) : path;
}

/**
 * V8 names a regular expression by its whole source; the rule's own words (after the shared prefix of
 * generated patterns) usually follow the last `\b(?:`, so show from there, shortened.
 */
function shortName(functionName: string): string {
  if (!functionName.startsWith('RegExp: ')) return functionName || '(anonymous)';
  const source = functionName.slice('RegExp: '.length);
  const distinct = source.lastIndexOf('\\b(?:');
  const shown = distinct > 0 ? `…${source.slice(distinct)}` : source;
  return `RegExp ${shown.length > 70 ? `${shown.slice(0, 70)}…` : shown}`;
}

function top(totals: Map<string, number>, totalMs: number, count: number): HotSpot[] {
  return [...totals]
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

export async function summariseProfile(path: string, count = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const file = functionName.startsWith('RegExp: ') ? '(regular expressions)' : shortFile(url);
    const name = url ? `${shortName(functionName)} ${file}:${lineNumber + 1}` : shortName(functionName);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    totalMs += ms;
  });
  return { totalMs, functions: top(byFunction, totalMs, count), files: top(byFile, totalMs, count) };
}
