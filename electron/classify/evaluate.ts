import fs from 'node:fs';
import path from 'node:path';
import { datasetsAvailable, loadEdos, loadGuest, loadIsca, loadOlid, type Example } from './datasets';
import { createClassifier, defaultModelPaths, type Classifier } from './classifier';
import { binaryMetrics, type BinaryMetrics, type ClassMetrics } from './metrics';
import { HEAD_TASKS, headProbabilities } from './train/heldOut';
import { loadModel, type Model } from './model';

/**
 * `bulwark eval`: scores on the held-out TEST splits (see datasets.ts; never trained or tuned on),
 * both for the model heads alone and for the whole classifier (rules + model + decision step), plus
 * the hand-written contrast set of posts about politicians when it is present.
 */
export interface TaskReport {
  task: string;
  system: 'model' | 'classifier';
  n: number;
  classes: ClassMetrics[];
  macroF1: number;
  accuracy: number;
  confusion: { labels: [string, string]; matrix: [[number, number], [number, number]] };
}

export interface CategoryReport {
  key: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ContrastReport {
  n: number;
  accuracy: number;
  abusive: BinaryMetrics;
  categories: CategoryReport[];
  /** Most frequent (gold → predicted) category mix-ups among the contrast posts. */
  confusions: { gold: string; predicted: string; count: number }[];
  errors: { text: string; gold: string; predicted: string }[];
}

export interface EvalReport {
  classifierVersion: string;
  tasks: TaskReport[];
  contrast?: ContrastReport;
  /** The blind sets beside the contrast set (tests/fixtures/classify/blind*.jsonl). */
  blind?: BlindReport[];
}

/**
 * A set written by someone who never saw the rules or lexicons. `studied` sets had their errors read
 * and fixed with general rules afterwards, so only the others still measure how the rules generalise.
 */
export interface BlindReport {
  file: string;
  n: number;
  accuracy: number;
  falseAlarms: number;
  misses: number;
  studied: boolean;
}

/** Blind sets whose errors were read (tests/fixtures/classify/README.md): no longer a blind figure. */
const STUDIED_BLIND_SETS = new Set([
  'blind.jsonl',
  'blind2.jsonl',
  'blind3.jsonl',
  'blind5.jsonl',
  'blind8.jsonl',
  'blind10.jsonl',
  'blind12.jsonl',
  'blind13.jsonl',
  'blind15.jsonl',
  'blind17.jsonl',
  'blind19.jsonl',
  'blind23.jsonl',
  'blind27.jsonl',
  'blind29.jsonl',
  'blind31.jsonl',
  'blind33.jsonl',
  'blind35.jsonl',
  'blind38.jsonl',
  'blind40.jsonl',
  'blind42.jsonl',
  'blind44.jsonl',
  'blind45.jsonl',
  'blind47.jsonl',
  'blind49.jsonl',
  'blind53.jsonl',
  'blind55.jsonl',
  'blind57.jsonl',
  'blind59.jsonl',
  'blind61.jsonl',
  'blind63.jsonl',
  'blind65.jsonl',
  'blind67.jsonl',
  'blind69.jsonl',
  'blind71.jsonl',
  'blind73.jsonl',
  'blind75.jsonl',
  'blind77.jsonl',
  'blind79.jsonl',
  'blind81.jsonl',
  'blind83.jsonl',
  'blind85.jsonl',
  'blind87.jsonl',
  'blind89.jsonl',
  'blind91.jsonl',
  'blind93.jsonl',
  'blind95.jsonl',
  'blind97.jsonl',
  'blind99.jsonl',
  'blind101.jsonl',
  'blind103.jsonl',
  'blind105.jsonl',
  'blind107.jsonl',
  'blind109.jsonl',
  'blind111.jsonl',
  'blind113.jsonl',
  'blind115.jsonl',
  'blind117.jsonl',
  'blind119.jsonl',
  'blind121.jsonl',
  'blind123.jsonl',
  'blind125.jsonl',
  'blind127.jsonl',
  'blind129.jsonl',
  'blind131.jsonl',
  'blind133.jsonl',
  'blind135.jsonl',
  'blind137.jsonl',
  'blind139.jsonl',
  'blind141.jsonl',
  'blind143.jsonl',
  'blind145.jsonl',
  'blind147.jsonl',
  'blind149.jsonl',
  'blind151.jsonl',
  'blind153.jsonl',
  'blind155.jsonl',
  'blind157.jsonl',
  'blind159.jsonl',
  'blind161.jsonl',
  'blind163.jsonl',
  'blind165.jsonl',
  'blind167.jsonl',
  'blind169.jsonl',
  'blind171.jsonl',
  'blind173.jsonl',
  'blind175.jsonl',
  'blind177.jsonl',
  'blind179.jsonl',
  'blind181.jsonl',
  'blind183.jsonl',
  'blind185.jsonl',
  'blind187.jsonl',
  'blind189.jsonl',
  'blind191.jsonl',
  'blind193.jsonl',
  'blind195.jsonl',
  'blind197.jsonl',
  'blind199.jsonl',
  'blind201.jsonl',
  'blind203.jsonl',
  'blind205.jsonl',
  'blind207.jsonl',
  'blind209.jsonl',
  'blind211.jsonl',
  'blind213.jsonl',
  'blind215.jsonl',
  'blind217.jsonl',
  'blind219.jsonl',
  'blind221.jsonl',
  'blind223.jsonl',
  'blind225.jsonl',
  'blind227.jsonl',
  'blind229.jsonl',
  'blind231.jsonl',
  'blind233.jsonl',
  'blind235.jsonl',
  'blind237.jsonl',
  'blind239.jsonl',
  'blind241.jsonl',
  'blind243.jsonl',
  'blind245.jsonl',
  'blind247.jsonl',
  'blind249.jsonl',
  'blind251.jsonl',
  'blind253.jsonl',
  'blind255.jsonl',
  'blind257.jsonl',
  'blind259.jsonl',
  'blind261.jsonl',
  'blind263.jsonl',
  'blind265.jsonl',
  'blind267.jsonl',
  'blind269.jsonl',
  'blind271.jsonl',
  'blind273.jsonl',
  'blind275.jsonl',
  'blind277.jsonl',
  'blind279.jsonl',
  'blind281.jsonl',
  'blind283.jsonl',
  'blind285.jsonl',
  'blind287.jsonl',
  'blind289.jsonl',
  'blind291.jsonl',
  'blind293.jsonl',
  'blind295.jsonl',
  'blind297.jsonl',
  'blind301.jsonl',
  'blind303.jsonl',
  'blind305.jsonl',
  'blind307.jsonl',
  'blind309.jsonl',
  'blind299.jsonl',
  'blind311.jsonl',
  'blind313.jsonl',
  'blind315.jsonl',
  'blind317.jsonl',
  'blind319.jsonl',
  'blind321.jsonl',
  'blind323.jsonl',
  'blind325.jsonl',
  'blind327.jsonl',
  'blind329.jsonl',
  'blind331.jsonl',
  'blind333.jsonl',
  'blind335.jsonl',
  'blind337.jsonl',
  'blind339.jsonl',
  'blind341.jsonl',
  'blind343.jsonl',
  'blind345.jsonl',
  'blind347.jsonl',
  'blind349.jsonl',
  'blind351.jsonl',
  'blind353.jsonl',
  'blind355.jsonl',
  'blind357.jsonl',
  'blind359.jsonl',
  'blind361.jsonl',
  'blind363.jsonl',
  'blind365.jsonl',
  'blind367.jsonl',
  'blind369.jsonl',
  'blind371.jsonl',
  'blind373.jsonl',
  'blind375.jsonl',
  'blind377.jsonl',
  'blind379.jsonl',
  'blind381.jsonl',
  'blind383.jsonl',
  'blind385.jsonl',
  'blind387.jsonl',
  'blind389.jsonl',
  'blind391.jsonl',
  'blind393.jsonl',
  'blind395.jsonl',
  'blind397.jsonl',
  'blind399.jsonl',
  'blind401.jsonl',
  'blind403.jsonl',
  'blind405.jsonl',
  'blind407.jsonl',
  'blind409.jsonl',
  'blind411.jsonl',
  'blind413.jsonl',
  'blind415.jsonl',
  'blind417.jsonl',
  'blind419.jsonl',
  'blind421.jsonl',
  'blind423.jsonl',
  'blind425.jsonl',
  'blind427.jsonl',
  'blind429.jsonl',
  'blind431.jsonl',
  'blind433.jsonl',
  'blind435.jsonl',
  'blind437.jsonl',
  'blind439.jsonl',
  'blind441.jsonl',
  'blind443.jsonl',
  'blind445.jsonl',
  'blind447.jsonl',
  'blind449.jsonl',
  'blind451.jsonl',
  'blind453.jsonl',
  'blind455.jsonl',
  'blind457.jsonl',
  'blind459.jsonl',
  'blind461.jsonl',
  'blind463.jsonl',
  'blind465.jsonl',
  'blind467.jsonl',
  'blind469.jsonl',
  'blind471.jsonl',
  'blind473.jsonl',
  'blind475.jsonl',
  'blind477.jsonl',
  'blind479.jsonl',
  'blind481.jsonl',
  'blind483.jsonl',
  'blind485.jsonl',
  'blind487.jsonl',
  'blind489.jsonl',
  'blind491.jsonl',
  'blind493.jsonl',
  'blind495.jsonl',
]);

const CLASSIFIER_TASKS: {
  task: string;
  dataset: Example['dataset'];
  gold: (e: Example) => number;
  predicted: (c: ReturnType<Classifier['classify']>) => boolean;
  names: [string, string];
}[] = [
  {
    task: 'olid-offensive',
    dataset: 'olid',
    gold: (e) => e.labels.offensive ?? 0,
    predicted: (r) => r.abusive,
    names: ['NOT', 'OFF'],
  },
  {
    task: 'edos-sexism',
    dataset: 'edos',
    gold: (e) => e.labels.sexism ?? 0,
    predicted: (r) => hasAny(r, ['misogyny', 'sexualised']),
    names: ['not sexist', 'sexist'],
  },
  {
    task: 'guest-misogyny',
    dataset: 'guest',
    gold: (e) => e.labels.sexism ?? 0,
    predicted: (r) => hasAny(r, ['misogyny', 'sexualised']),
    names: ['nonmisogynistic', 'misogynistic'],
  },
  {
    task: 'isca-antisemitism',
    dataset: 'isca',
    gold: (e) => e.labels.antisemitism ?? 0,
    predicted: (r) => hasAny(r, ['antisemitism']),
    names: ['not antisemitic', 'antisemitic'],
  },
];

function hasAny(r: ReturnType<Classifier['classify']>, keys: string[]): boolean {
  return r.categories.some((l) => keys.includes(l.key));
}

export function defaultContrastPath(): string {
  return path.resolve(__dirname, '..', '..', 'tests', 'fixtures', 'classify', 'contrast.jsonl');
}

export interface EvaluateOptions {
  classifier?: Classifier;
  model?: Model | null;
  contrastPath?: string;
}

export function evaluate(datasetsDir: string, opts: EvaluateOptions = {}): EvalReport {
  const classifier = opts.classifier ?? createClassifier();
  let model = opts.model;
  if (model === undefined) {
    const p = defaultModelPaths().find((f) => fs.existsSync(f));
    model = p ? loadModel(fs.readFileSync(p)) : null;
  }
  const tasks: TaskReport[] = [];
  if (datasetsAvailable(datasetsDir)) {
    const all = [
      ...loadOlid(datasetsDir),
      ...loadEdos(datasetsDir),
      ...loadGuest(datasetsDir),
      ...loadIsca(datasetsDir),
    ];
    const test = all.filter((e) => e.split === 'test');
    if (model) {
      for (const t of HEAD_TASKS) {
        const rows = test.filter((e) => e.dataset === t.dataset && e.labels[t.head] !== undefined);
        const probs = headProbabilities(model, rows, t.head);
        const thr = model.header.heads[model.headIndex[t.head] ?? 0]?.threshold ?? 0.5;
        tasks.push(
          taskReport(
            t.task,
            'model',
            binaryMetrics(
              rows.map((e) => e.labels[t.head] ?? 0),
              probs.map((p) => (p >= thr ? 1 : 0)),
              t.names,
            ),
          ),
        );
      }
    }
    for (const t of CLASSIFIER_TASKS) {
      const rows = test.filter((e) => e.dataset === t.dataset);
      const pred = rows.map((e) => (t.predicted(classifier.classify(e.text)) ? 1 : 0));
      tasks.push(taskReport(t.task, 'classifier', binaryMetrics(rows.map(t.gold), pred, t.names)));
    }
  }
  const contrastPath = opts.contrastPath ?? defaultContrastPath();
  const contrast = fs.existsSync(contrastPath)
    ? evaluateContrast(classifier, readContrast(contrastPath))
    : undefined;
  const blind = blindReports(classifier, path.dirname(contrastPath));
  return {
    classifierVersion: classifier.version,
    tasks,
    ...(contrast ? { contrast } : {}),
    ...(blind.length > 0 ? { blind } : {}),
  };
}

export function blindReports(classifier: Classifier, dir: string): BlindReport[] {
  if (!fs.existsSync(dir)) return [];
  return (
    fs
      .readdirSync(dir)
      .filter((f) => /^blind\d*\.jsonl$/.test(f))
      // In the order they were written: blind, blind2 … blind9, blind10, …
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((file) => {
        // The contrast evaluation's abuse decision: confusion [[TN FP] [FN TP]].
        const r = evaluateContrast(classifier, readContrast(path.join(dir, file)));
        return {
          file,
          n: r.n,
          accuracy: r.accuracy,
          falseAlarms: r.abusive.confusion[0][1],
          misses: r.abusive.confusion[1][0],
          studied: STUDIED_BLIND_SETS.has(file),
        };
      })
  );
}

function taskReport(task: string, system: 'model' | 'classifier', m: BinaryMetrics): TaskReport {
  return {
    task,
    system,
    n: m.confusion[0][0] + m.confusion[0][1] + m.confusion[1][0] + m.confusion[1][1],
    classes: m.classes,
    macroF1: m.macroF1,
    accuracy: m.accuracy,
    confusion: { labels: [m.classes[0].label, m.classes[1].label], matrix: m.confusion },
  };
}

export interface ContrastItem {
  text: string;
  abusive: boolean;
  category: string;
}

export function readContrast(file: string): ContrastItem[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ContrastItem);
}

export function evaluateContrast(classifier: Classifier, items: ContrastItem[]): ContrastReport {
  const gold: number[] = [];
  const pred: number[] = [];
  const perCat = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const stat = (k: string) => {
    let s = perCat.get(k);
    if (!s) perCat.set(k, (s = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return s;
  };
  const confusions = new Map<string, number>();
  const errors: ContrastReport['errors'] = [];
  for (const item of items) {
    const r = classifier.classify(item.text);
    gold.push(item.abusive ? 1 : 0);
    pred.push(r.abusive ? 1 : 0);
    const predicted = new Set(r.categories.map((l) => l.key));
    const top = r.categories[0]?.key ?? 'supportive';
    stat(item.category).support++;
    if (predicted.has(item.category)) stat(item.category).tp++;
    else stat(item.category).fn++;
    for (const k of predicted) if (k !== item.category) stat(k).fp++;
    if (!predicted.has(item.category))
      confusions.set(
        `${item.category}\u0000${top}`,
        (confusions.get(`${item.category}\u0000${top}`) ?? 0) + 1,
      );
    if (item.abusive !== r.abusive)
      errors.push({
        text: item.text,
        gold: item.category,
        predicted: r.categories.map((l) => l.key).join(','),
      });
  }
  const abusive = binaryMetrics(gold, pred, ['not abuse', 'abuse']);
  const categories: CategoryReport[] = [...perCat.entries()]
    .filter(([, s]) => s.support > 0)
    .map(([key, s]) => {
      const precision = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
      const recall = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
      return {
        key,
        precision,
        recall,
        f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
        support: s.support,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    n: items.length,
    accuracy: abusive.accuracy,
    abusive,
    categories,
    confusions: [...confusions.entries()]
      .map(([k, count]) => {
        const [g, p] = k.split('\u0000');
        return { gold: g ?? '', predicted: p ?? '', count };
      })
      .sort((a, b) => b.count - a.count)
      .slice(0, 10),
    errors,
  };
}

const pct = (x: number): string => x.toFixed(3);

/** Plain-text report for `bulwark eval`. */
export function formatEvalReport(r: EvalReport): string {
  const lines: string[] = [`Classifier ${r.classifierVersion}`, ''];
  if (r.tasks.length === 0) lines.push('Held-out datasets not found: dataset tasks skipped.', '');
  else {
    lines.push(
      'Held-out test splits (never trained or tuned on)',
      'task                system       n    macro-F1  accuracy  P/R/F1 (positive class)   confusion [[TN FP] [FN TP]]',
    );
    for (const t of r.tasks) {
      const pos = t.classes[1];
      lines.push(
        `${t.task.padEnd(19)} ${t.system.padEnd(11)} ${String(t.n).padStart(5)}  ${pct(t.macroF1).padStart(8)}  ${pct(t.accuracy).padStart(8)}  ${`${pct(pos?.precision ?? 0)}/${pct(pos?.recall ?? 0)}/${pct(pos?.f1 ?? 0)}`.padEnd(24)}  [[${t.confusion.matrix[0].join(' ')}] [${t.confusion.matrix[1].join(' ')}]]`,
      );
    }
    lines.push('');
  }
  if (r.contrast) {
    const c = r.contrast;
    lines.push(
      `Contrast set: ${c.n} posts, abuse/not-abuse accuracy ${pct(c.accuracy)}, macro-F1 ${pct(c.abusive.macroF1)}`,
    );
    lines.push('category             precision  recall  F1     support');
    for (const k of c.categories)
      lines.push(
        `${k.key.padEnd(20)} ${pct(k.precision).padStart(9)}  ${pct(k.recall).padStart(6)}  ${pct(k.f1)}  ${String(k.support).padStart(5)}`,
      );
    if (c.confusions.length > 0) {
      lines.push('', 'Most frequent misses (gold → top predicted):');
      for (const x of c.confusions) lines.push(`  ${x.gold} → ${x.predicted}: ${x.count}`);
    }
  }
  if (r.blind) {
    lines.push('', 'Blind sets (written by people who never saw the rules):');
    for (const b of r.blind)
      lines.push(
        `  ${b.file.padEnd(14)} ${String(b.n).padStart(4)} posts  accuracy ${pct(b.accuracy)}  false alarms ${b.falseAlarms}  misses ${b.misses}  ${b.studied ? '(errors since studied and fixed: no longer blind)' : '(still blind: errors never read)'}`,
      );
  }
  return lines.join('\n');
}
