import { createHash } from 'node:crypto';

/**
 * Deterministic IRI parts. The same content gives the same IRI in every build, so two articles
 * naming one person meet at one node, and re-running a build gives byte-identical output.
 */

/** A readable key from a name: no diacritics, lower case, words joined by '-'. "Pak Myong-ho" → "pak-myong-ho". */
export function slug(name: string): string {
  const readable = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Names in scripts without Latin letters still need a stable, safe key.
  return readable !== '' ? readable : `h${shortHash(name.normalize('NFC'))}`;
}

/** The first 16 hex digits of SHA-256 over the parts. */
export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** An article id made safe for an IRI path segment, still readable. */
export function articleSlug(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '-');
}
