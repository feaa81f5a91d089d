import fs from 'node:fs';
import path from 'node:path';
import { evaluate, formatEvalReport } from '../../classify/index';
import { UsageError, type Command } from '../args';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score the classifier on held-out splits of the labelled data sets',
  usage: `bulwark eval [--datasets DIR] [--json]

Runs the classifier over the held-out test splits of OLID (offensive), EDOS and Guest
(sexism / misogyny) and ISCA (antisemitism) — splits the model was never trained or tuned on —
and over the hand-written contrast set, and prints per-category precision, recall, F1 and a
confusion summary.

Options:
  --datasets DIR   folder holding olid/, edos/, guest_misogyny/, isca_antisemitism/
                   (default: ../shared/datasets beside the Bulwark folder)
  --json           print the report as JSON`,
  options: { datasets: { type: 'string' }, json: { type: 'boolean' } },
  run(values) {
    const dir =
      (values.datasets as string | undefined) ?? path.join(__dirname, '..', '..', '..', 'shared', 'datasets');
    if (!fs.existsSync(dir))
      throw new UsageError(
        `No data sets at ${dir}. Point --datasets at the folder holding olid/, edos/ and the others.`,
      );
    const report = evaluate(dir);
    console.log(values.json ? JSON.stringify(report) : formatEvalReport(report));
    return 0;
  },
};
