import type { DB } from '../../db/connection';
import { categoryMap } from '../../db/labels';
import { getSetting } from '../../db/settings';
import {
  classifierVersion,
  createClassifier,
  type ClassifyOptions,
  type Classifier,
  type LexiconOverrides,
  type Thresholds,
} from '../classify/index';

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

/** The options this database's settings give: thresholds, lexicon edits and disabled categories. */
function optionsFor(db: DB): ClassifyOptions {
  const s = classifierSettings(db);
  const disabled = [...categoryMap(db).values()].filter((c) => !c.enabled).map((c) => c.key);
  const hasLexicon = (s.lexicon.add?.length ?? 0) > 0 || (s.lexicon.disable?.length ?? 0) > 0;
  return {
    thresholds: s.thresholds,
    disabledCategories: disabled,
    ...(hasLexicon ? { lexiconOverrides: s.lexicon } : {}),
  };
}

const cache = new Map<string, Classifier>();

/** The classifier as configured in this database: thresholds, lexicon edits and disabled categories. */
export function classifierFor(db: DB): Classifier {
  const opts = optionsFor(db);
  const key = JSON.stringify(opts);
  let c = cache.get(key);
  if (!c) {
    c = createClassifier(opts);
    cache.set(key, c);
  }
  return c;
}

/** The version classifierFor(db) would stamp on labels, without building the classifier. */
export function classifierVersionFor(db: DB): string {
  return classifierVersion(optionsFor(db));
}
