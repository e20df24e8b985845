import type { ArticleMeta } from './article.js';
import { InputError } from './errors.js';

const KEYS = ['id', 'title', 'published', 'publisher', 'url'] as const;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Checks the metadata keys of a sidecar or JSONL record (`id`, `title`, `published`, `publisher`,
 * `url`; all optional, strings) and returns them. `origin` names the place for error messages.
 */
export function parseMeta(record: Record<string, unknown>, origin: string): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {};
  for (const key of KEYS) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw new InputError(`${origin}: "${key}" must be a string`);
    meta[key] = value.trim();
  }
  if (meta.published !== undefined && !isIsoDate(meta.published)) {
    throw new InputError(`${origin}: "published" must be a date YYYY-MM-DD, got "${meta.published}"`);
  }
  return meta;
}

/** Parses JSON text that must hold one object; errors name the origin. */
export function parseJsonObject(text: string, origin: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${origin}: invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${origin}: expected a JSON object`);
  }
  return value as Record<string, unknown>;
}
