import type { DB } from '../../db/connection';
import { categoryMap, LabelWriter, type CategoryInfo, type MachineLabel } from '../../db/labels';
import type { Classification, Classifier } from '../classify/index';

/**
 * Turns a classification into stored labels. Severity comes from the (staff-editable) taxonomy, so
 * changing a category's severity in Settings and reclassifying changes the verdicts. `supportive`
 * is the default for a post with no label, so it is not stored (a million rows saved per million posts).
 */
export function toMachineLabels(c: Classification, categories: Map<string, CategoryInfo>): MachineLabel[] {
  const out: MachineLabel[] = [];
  for (const l of c.categories) {
    const cat = categories.get(l.key);
    if (!cat || !cat.enabled || l.key === 'supportive') continue;
    out.push({
      key: l.key,
      score: Math.round(l.score * 1000) / 1000,
      severity: cat.is_abuse ? cat.default_severity : 0,
      source: l.source,
      explanation: JSON.stringify({ spans: l.spans, features: l.features.slice(0, 8), model: c.model }),
    });
  }
  return out;
}

/** Labels a batch of posts inside the caller's transaction. `fresh` posts have no labels yet. */
export function labelPosts(
  db: DB,
  classifier: Classifier,
  posts: { id: number; text: string }[],
  fresh: boolean,
): void {
  const writer = new LabelWriter(db);
  const categories = categoryMap(db);
  for (const p of posts)
    writer.write(p.id, toMachineLabels(classifier.classify(p.text), categories), classifier.version, fresh);
}
