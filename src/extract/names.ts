/** Person-name keys: one key for the spellings of one name ("Ri Kwang-chol" = "Ri Kwang Chol", "José" = "Jose"). */

/** Lowercase, diacritics and hyphens folded, initials and particles kept in order: the identity key of a full name. */
export function personKey(name: string): string {
  return nameParts(name).join(' ');
}

/** The name's parts as keys ("Jang Hyun-soo" → jang, hyun, soo). */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[\s\-‐‑.]+/)
    .filter((p) => p !== '');
}

/** The key of the name without initials: "Olga V. Petrenko" and "Olga Petrenko" share it. */
export function looseKey(name: string): string {
  return name
    .split(/\s+/)
    .filter((p) => !/^\p{Lu}\.$/u.test(p))
    .map((p) => nameParts(p).join(' '))
    .join(' ');
}
