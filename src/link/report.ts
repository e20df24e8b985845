/**
 * What the link stage could not do, for `dipkg link --report` / `build --report`: entities left unlinked
 * and ambiguous ones (with their candidates), each counted over all the articles that name it.
 */
import type { EntityFact, EntityKind } from '../extract/facts.js';
import type { LinkCandidate } from './candidate.js';
import { normalizeName } from './match.js';

export interface ReportedEntity {
  kind: EntityKind;
  name: string;
  /** How many entities (over all articles) had this kind and name. */
  count: number;
}

export interface UnlinkedEntity extends ReportedEntity {
  /** "no-qid": the gazetteer knows the name but has no verified QID; "no-match": no supported candidate. */
  reason: 'no-qid' | 'no-match';
}

export interface AmbiguousEntity extends ReportedEntity {
  candidates: Pick<LinkCandidate, 'qid' | 'label' | 'source'>[];
}

export interface LinkReport {
  /** Per kind: entities seen and entities carrying a QID after linking. */
  totals: Record<EntityKind, { entities: number; linked: number }>;
  unlinked: UnlinkedEntity[];
  ambiguous: AmbiguousEntity[];
}

/** Accumulates a LinkReport while entities are linked. */
export class LinkReportBuilder {
  private readonly totals: LinkReport['totals'] = {
    person: { entities: 0, linked: 0 },
    organization: { entities: 0, linked: 0 },
    country: { entities: 0, linked: 0 },
    place: { entities: 0, linked: 0 },
  };
  private readonly unlinked = new Map<string, UnlinkedEntity>();
  private readonly ambiguous = new Map<string, AmbiguousEntity>();

  linked(entity: EntityFact): void {
    this.totals[entity.kind].entities++;
    this.totals[entity.kind].linked++;
  }

  notLinked(entity: EntityFact, reason: UnlinkedEntity['reason']): void {
    this.totals[entity.kind].entities++;
    this.count(this.unlinked, entity, () => ({ kind: entity.kind, name: entity.name, count: 0, reason }));
  }

  tied(entity: EntityFact, candidates: LinkCandidate[]): void {
    this.totals[entity.kind].entities++;
    const shown = candidates.map(({ qid, label, source }) => ({ qid, label, source }));
    this.count(this.ambiguous, entity, () => ({ kind: entity.kind, name: entity.name, count: 0, candidates: shown }));
  }

  private count<T extends ReportedEntity>(into: Map<string, T>, entity: EntityFact, create: () => T): void {
    const key = `${entity.kind}\t${normalizeName(entity.name)}`;
    const entry = into.get(key) ?? create();
    entry.count++;
    into.set(key, entry);
  }

  build(): LinkReport {
    const order = (a: ReportedEntity, b: ReportedEntity): number =>
      b.count - a.count || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);
    return {
      totals: this.totals,
      unlinked: [...this.unlinked.values()].sort(order),
      ambiguous: [...this.ambiguous.values()].sort(order),
    };
  }
}

/** The report as plain text, one entity a line, most frequent first. */
export function formatLinkReport(report: LinkReport): string {
  const kinds = Object.entries(report.totals) as [EntityKind, { entities: number; linked: number }][];
  const all = kinds.reduce((sum, [, t]) => ({ entities: sum.entities + t.entities, linked: sum.linked + t.linked }), { entities: 0, linked: 0 });
  const lines = [
    `Linked ${all.linked} of ${all.entities} entities (${kinds.map(([k, t]) => `${k} ${t.linked}/${t.entities}`).join(', ')})`,
  ];
  const unlinkedCount = report.unlinked.reduce((sum, e) => sum + e.count, 0);
  lines.push(`Unlinked: ${report.unlinked.length} names, ${unlinkedCount} entities`);
  for (const e of report.unlinked) {
    const why = e.reason === 'no-qid' ? '  (known, no verified QID)' : '';
    lines.push(`  ${String(e.count).padStart(4)}  ${e.kind.padEnd(12)} ${e.name}${why}`);
  }
  const ambiguousCount = report.ambiguous.reduce((sum, e) => sum + e.count, 0);
  lines.push(`Ambiguous (not linked): ${report.ambiguous.length} names, ${ambiguousCount} entities`);
  for (const e of report.ambiguous) {
    const candidates = e.candidates.map((c) => `${c.qid} ${c.label} [${c.source}]`).join('; ');
    lines.push(`  ${String(e.count).padStart(4)}  ${e.kind.padEnd(12)} ${e.name}  candidates: ${candidates}`);
  }
  return lines.join('\n');
}
