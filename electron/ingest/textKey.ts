/**
 * Folds text for name matching: lower case, accents removed (Zoë → zoe), split into letter/digit
 * words. Names and post text go through the same function, so "O'Brien" meets "o brien".
 */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

export function foldWords(text: string): string[] {
  const folded = /[^ -~\t\n\r]/.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
  return folded.toLowerCase().match(WORD) ?? [];
}
