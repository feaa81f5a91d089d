/**
 * A letter's sender giving their own address and number: casework emails to an MP's office sign off
 * with the sender's details ("Many thanks, Emma Adebayo, 7 Linden Court, 07700 900460"), which are
 * not anyone's exposed home (rules/doxxing.ts asks before scoring a detail).
 */

/** The opening of a letter or email to the politician: "Dear Ms Varga,", "Hello,", "Good evening." */
const LETTER_OPENING =
  /^\W*((dear|hello|hi|good (morning|afternoon|evening)|morning|afternoon|evening|to whom|fao|attn|for the attention)\b|(mr|mrs|ms|miss|dr|cllr|sir|madam)\b[^,.\n]{0,30},)/i;
/** A greeting opening a line, after the sender's address block: "14 Oak Road, AB1 2CD\n\nDear Mr Hale,". */
const GREETING_LINE = /\n\s*(dear|to whom)\b/i;
/**
 * A sign-off, then the sender's name (then perhaps more of their details) with no sentence between:
 * "Many thanks, Emma Adebayo, 7 Linden Court, …", "Kind regards,\nRyan Sutcliffe\n22 Weaver's Row".
 */
const SIGNED =
  /\b([Rr]egards|[Yy]ours( sincerely| faithfully| truly)?|[Ss]incerely|[Ff]aithfully|([Mm]any )?[Tt]hanks|[Tt]hank you|[Bb]est wishes|[Bb]est|[Ww]ith thanks|[Gg]ratitude|[Rr]espect)[,.!]?\s+(dr |mr |mrs |ms |miss |cllr )?[A-Z][\p{L}'’-]+( [A-Z][\p{L}'’-]+){0,3}( \([^)]{0,40}\))?([,\n][^.!?]{0,100}|\s*\(?\s*)$/u;
/** A name then a comma, opening the signature: "Bilal Akhtar, 8 Hawthorn Road". */
const SIGNED_NAME =
  /^(dr |mr |mrs |ms |miss |cllr )?[A-Z][\p{L}'’-]+( [A-Z][\p{L}'’-]+){0,3}( \([^)]{0,40}\))?([ \t]*[,\n]|[ \t]*\(?[ \t]*$)/u;
/**
 * The sender's own details: "please find my details below. Name: …", "As someone who lives … at 6 Heron
 * Way", "I'll be on 07700 900918 all day".
 */
const MY_DETAILS =
  /\bmy (contact )?details\b|\bmy (address|postcode|number|phone number|mobile number) is\s*$|\bas (someone|a resident|a constituent|a neighbour) who\b[^.!?\n]{0,60}$|\b(i'?ll|i will|i'?m|i am) (be )?on\s*$|\b(can|may) be (reached|contacted) (on|at)\s*$|\bconstituent\W{0,3}(in|at|from)?\s*\(?\s*$/i;
/** A labelled field of the sender's own in a letter: "Phone: 07700 900537. Address: 22 Weaver's Row". */
const FIELD_LABEL = /^(phone|tel|telephone|mobile|address|postcode|contact|re)\s*:/i;
/** The sender named first: "From: Jane Smith, 14 Oak Road, Eastfold. The bins …". */
const FROM_LINE = /^\W*from\s*:[^.!?]{0,80}$/i;

/**
 * Whether the detail at `at` is the sender's own: given as theirs; in a letter's signature (after a
 * sign-off and the sender's name, or in a sentence of a letter that opens with the name); in a labelled
 * field of a letter; or in the address block above a letter's greeting.
 */
export function sendersDetails(text: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - 200), at).replace(/[’']/g, "'");
  if (MY_DETAILS.test(near) || SIGNED.test(near) || FROM_LINE.test(text.slice(0, at))) return true;
  const letter = LETTER_OPENING.test(text);
  if (!letter && at < 160 && GREETING_LINE.test(text.slice(at, at + 160)) && !/[.!?]/.test(text.slice(0, at)))
    return true;
  if (!letter) return false;
  let line = at;
  while (line > 0 && !'.!?\n'.includes(text[line - 1] ?? '')) line--;
  const block = text.slice(line, at).trimStart();
  if (FIELD_LABEL.test(block)) return true;
  // A name before the details is a signature only at the letter's end ("Cllr Hale, 14 Oak Road. Pay
  // him a visit" names someone else).
  if (/[.!?]\s+\S/.test(text.slice(at))) return false;
  if (SIGNED_NAME.test(block)) return true;
  // The signature may run over lines: "Please help. Jane Smith\n14 Oak Road\nEastfold".
  let from = line;
  while (from > 0 && !'.!?'.includes(text[from - 1] ?? '')) from--;
  return from < line && SIGNED_NAME.test(text.slice(from, at).trimStart());
}
