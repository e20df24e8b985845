/** Latin letters that carry their mark inside them, so that NFD leaves them alone: Støre, Guðni, Radosław, Łódź. */
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o', Ø: 'O', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L',
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i',
};

/** The text without diacritics, its case kept: "Łódź" → "Lodz", "Guðni" → "Gudni". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØðÐþÞđĐłŁßẞæÆœŒı]/g, (c) => LETTER_FOLDS[c] ?? c);
}
