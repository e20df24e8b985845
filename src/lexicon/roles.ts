import { listCell, readTsv } from './tsv.js';

/** A role concept (dip:Role): what a post is, independent of the country or organisation it is in. */
export interface Role {
  id: string;
  label: string;
  broader: string[];
  /** Lowercase title forms that name this role in news copy. */
  forms: string[];
}

/** The roles at the top of a state: a leader is a head of state or of government (roles.tsv's roots above them). */
export const LEADER_ROLES = ['HeadOfState', 'HeadOfGovernment'];

let cached: Map<string, Role> | undefined;

/** All roles by id, from roles.tsv (loaded once). */
export function loadRoles(): Map<string, Role> {
  if (!cached) {
    cached = new Map();
    for (const row of readTsv('roles.tsv')) {
      const id = row.id ?? '';
      cached.set(id, { id, label: row.label ?? id, broader: listCell(row.broader), forms: listCell(row.forms) });
    }
  }
  return cached;
}

/** The role and all roles above it (transitive skos:broader), each once, nearest first. */
export function withAncestors(roleId: string, roles = loadRoles()): string[] {
  const seen: string[] = [];
  const queue = [roleId];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.includes(id) || !roles.has(id)) continue;
    seen.push(id);
    queue.push(...(roles.get(id)?.broader ?? []));
  }
  return seen;
}

let formRoles: Map<string, string> | undefined;

/** The role a lowercase title form names, if it is one of roles.tsv's forms. */
export function roleOfForm(form: string): string | undefined {
  formRoles ??= new Map([...loadRoles().values()].flatMap((r) => r.forms.map((f): [string, string] => [f, r.id])));
  return formRoles.get(form);
}
