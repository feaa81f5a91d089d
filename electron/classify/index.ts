/**
 * Bulwark's classifier, public API. Rules and lexicons plus a trained linear model, combined into
 * explained labels with severities:
 *
 *   const c = createClassifier();
 *   c.classify('you voted to cut benefits, you coward')  // → political_criticism, not abusive
 *   labelTextsLine({ id: 1, text })                      // → the `bulwark label-texts` NDJSON line
 *   formatEvalReport(evaluate(datasetsDir))              // → the `bulwark eval` report
 */
export type { Classification, FeatureWeight, Label, ModelScores, Span, Thresholds } from './types';
export type { LexiconOverrides } from './lexicon';
export type { Model, ModelHeader } from './model';
export {
  classifierVersion,
  createClassifier,
  defaultModelPaths,
  RULES_VERSION,
  type Classifier,
  type ClassifyOptions,
} from './classifier';
export { labelTextsLine, type LabelTextsOutput } from './labelTexts';
export { DEFAULT_THRESHOLDS } from './decide';
export { loadModel } from './model';
export { normalise, toOriginal, type Normalised } from './normalise';
export { ABUSE_SEVERITY, PRODUCED_CATEGORIES, isAbuse, severityOf } from './taxonomy';
export {
  evaluate,
  formatEvalReport,
  type EvalReport,
  type TaskReport,
  type ContrastReport,
} from './evaluate';
