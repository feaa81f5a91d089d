import type { DB } from '../../db/connection';
import { categoryMap } from '../../db/labels';
import { getSetting } from '../../db/settings';
import { createClassifier, type Classifier, type LexiconOverrides, type Thresholds } from '../classify/index';

/** Staff settings that change what the classifier says (Settings screen). */
export interface ClassifierSettings {
  thresholds: Partial<Thresholds>;
  lexicon: LexiconOverrides;
}

export function classifierSettings(db: DB): ClassifierSettings {
  return {
    thresholds: getSetting<Partial<Thresholds>>(db, 'classify.thresholds', {}),
    lexicon: getSetting<LexiconOverrides>(db, 'classify.lexicon', { add: [], disable: [] }),
  };
}

const cache = new Map<string, Classifier>();

/** The classifier as configured in this database: thresholds, lexicon edits and disabled categories. */
export function classifierFor(db: DB): Classifier {
  const s = classifierSettings(db);
  const disabled = [...categoryMap(db).values()].filter((c) => !c.enabled).map((c) => c.key);
  const key = JSON.stringify([s, disabled]);
  let c = cache.get(key);
  if (!c) {
    const hasLexicon = (s.lexicon.add?.length ?? 0) > 0 || (s.lexicon.disable?.length ?? 0) > 0;
    c = createClassifier({
      thresholds: s.thresholds,
      disabledCategories: disabled,
      ...(hasLexicon ? { lexiconOverrides: s.lexicon } : {}),
    });
    cache.set(key, c);
  }
  return c;
}
