import readline from 'node:readline';
import { createClassifier, labelTextsLine } from '../../classify/index';
import type { Command } from '../args';

export const labelTextsCommand: Command = {
  name: 'label-texts',
  summary: 'Classify texts: NDJSON {"id","text"} on stdin, labels on stdout (no database)',
  usage: `bulwark label-texts < input.ndjson > labels.ndjson

Reads one JSON object per line, {"id": ..., "text": "..."}, and writes one per line:
  {"id","abusive":true|false,"severity":"S0".."S4","categories":[{"key","score"}],
   "spans":[{"start","end","category"}]}
Span offsets are UTF-16 indices into the text. A line that is not {"id","text"} gets
{"id": <id or null>, "error": "..."} and the rest continue. No database is needed.

Category keys: supportive, political_criticism, profanity, personal_insult, party_abuse,
misogyny, racism, antisemitism, islamophobia, anti_lgbtq, ableism, dehumanisation, sexualised,
harm_incitement, doxxing, threat, self_harm.`,
  options: {},
  async run() {
    const classifier = createClassifier();
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    let out = '';
    let lineNo = 0;
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let input: { id?: unknown; text?: unknown };
      try {
        input = JSON.parse(line) as typeof input;
      } catch {
        out += JSON.stringify({ id: null, error: `line ${lineNo} is not valid JSON` }) + '\n';
        continue;
      }
      if (typeof input?.text !== 'string' || (typeof input.id !== 'string' && typeof input.id !== 'number')) {
        out +=
          JSON.stringify({
            id: (input?.id as string | number | undefined) ?? null,
            error: `line ${lineNo} needs {"id": string or number, "text": string}`,
          }) + '\n';
        continue;
      }
      out += JSON.stringify(labelTextsLine({ id: input.id, text: input.text }, classifier)) + '\n';
      if (out.length > 1 << 16) {
        if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
        out = '';
      }
    }
    process.stdout.write(out);
    return 0;
  },
};
