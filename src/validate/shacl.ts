/** SHACL validation of a graph against ontology/shapes.ttl (or other shapes), with shacl-engine. */
import type { Quad, Term } from '@rdfjs/types';
import rdf from 'rdf-ext';
import { Validator, type PathStep, type ValidationReportResult } from 'shacl-engine';
import { DEFAULT_BASE, PREFIXES } from '../rdf/namespaces.js';
import { readOntologyFile } from './ontology-files.js';

export const SHAPES_FILE = 'shapes.ttl';

const SH = 'http://www.w3.org/ns/shacl#';
const SEVERITIES = ['Violation', 'Warning', 'Info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One SHACL result, with terms written compactly (prefixed names where a standard prefix fits). */
export interface ValidationIssue {
  severity: Severity;
  focusNode: string;
  /** The property path (`dip:participant`, `^dip:holder`, `skos:broader*`), or '' for node constraints. */
  path: string;
  message: string;
  /** The offending value, when the constraint is about one value. */
  value?: string;
  /** The shape that failed. */
  shape: string;
}

export interface ValidationResult {
  /** True when no result has severity sh:Violation: warnings (e.g. a one-sided meeting) do not break the contract. */
  conforms: boolean;
  issues: ValidationIssue[];
}

const SHORT_PREFIXES = { ...PREFIXES, id: DEFAULT_BASE, sh: SH, dsh: 'https://w3id.org/dipkg/shapes#' };

/** A term for people to read: `id:event/1f3a` (as the contract writes IRIs), `dip:Meeting`, `"text"`. */
function compact(term: Term | undefined): string {
  if (!term) return '';
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  for (const [prefix, iri] of Object.entries(SHORT_PREFIXES)) {
    const local = term.value.slice(iri.length);
    if (term.value.startsWith(iri) && /^[\w./-]+$/.test(local)) return `${prefix}:${local}`;
  }
  return `<${term.value}>`;
}

const QUANTIFIER_SUFFIX: Record<PathStep['quantifier'], string> = { one: '', oneOrMore: '+', zeroOrMore: '*', zeroOrOne: '?' };

/** A SHACL path in SPARQL property-path syntax. */
function pathString(steps: PathStep[] | null | undefined): string {
  return (steps ?? [])
    .map((step) => {
      const alternatives = step.predicates.map(compact).join('|');
      const inner = step.predicates.length > 1 ? `(${alternatives})` : alternatives;
      return `${step.start === 'object' ? '^' : ''}${inner}${QUANTIFIER_SUFFIX[step.quantifier]}`;
    })
    .join('/');
}

function severityOf(result: ValidationReportResult): Severity {
  return SEVERITIES.find((s) => result.severity.value === SH + s) ?? 'Violation';
}

function toIssue(result: ValidationReportResult): ValidationIssue {
  const value = result.value?.term;
  return {
    severity: severityOf(result),
    focusNode: compact(result.focusNode.term),
    path: pathString(result.path),
    message: result.message.map((m) => m.value).join('; '),
    ...(value ? { value: compact(value) } : {}),
    shape: compact(result.shape.ptr.term),
  };
}

function byPosition(a: ValidationIssue, b: ValidationIssue): number {
  const key = (i: ValidationIssue) => [SEVERITIES.indexOf(i.severity), i.focusNode, i.path, i.message, i.value ?? ''] as const;
  const [x, y] = [key(a), key(b)];
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
  return 0;
}

/** Validates quads (all named graphs together) against SHACL shapes, by default ontology/shapes.ttl. */
export async function validateQuads(data: Quad[], shapes: Quad[] = readOntologyFile(SHAPES_FILE)): Promise<ValidationResult> {
  const validator = new Validator(rdf.dataset(shapes), { factory: rdf });
  const report = await validator.validate({ dataset: rdf.dataset(data) });
  const issues = report.results.map(toIssue).sort(byPosition);
  return { conforms: !issues.some((i) => i.severity === 'Violation'), issues };
}

/** A summary line, then one line per issue: severity, focus node, path, message (and the offending value). */
export function formatValidation(result: ValidationResult): string {
  const count = (s: Severity) => result.issues.filter((i) => i.severity === s).length;
  const summary = result.conforms
    ? `conforms${result.issues.length ? ` (${count('Warning')} warnings, ${count('Info')} notes)` : ''}`
    : `does not conform: ${count('Violation')} violations, ${count('Warning')} warnings`;
  const lines = result.issues.map((i) =>
    [i.severity, i.focusNode, i.path || '-', i.message + (i.value !== undefined ? ` (value ${i.value})` : '')].join('\t'),
  );
  return [summary, ...lines].join('\n');
}
