/**
 * Role ids named by a Wikidata position label ("Minister of Foreign Affairs of the People's Republic of
 * China", "United States Secretary of State"): the role whose title form is the longest whole-word match
 * anywhere in the label, so "Vice Minister of Foreign Affairs" beats "Minister of Foreign Affairs".
 */
import { loadRoles } from '../lexicon/roles.js';
import { normalizeName } from './match.js';

let forms: { role: string; form: string }[] | undefined;

/** Every title form, normalised and padded for whole-word search, longest first. */
function titleForms(): { role: string; form: string }[] {
  forms ??= [...loadRoles().values()]
    .flatMap((role) => role.forms.map((f) => ({ role: role.id, form: ` ${normalizeName(f)} ` })))
    .filter((f) => f.form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length);
  return forms;
}

export function rolesNamedBy(positionLabel: string): string[] {
  const label = ` ${normalizeName(positionLabel)} `;
  const match = titleForms().find((f) => label.includes(f.form));
  return match ? [match.role] : [];
}
