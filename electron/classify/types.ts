/** Public shapes of the classifier's output. Offsets are UTF-16 indices into the ORIGINAL post text. */

export interface Span {
  start: number;
  end: number;
  category: string;
  /** Rule id for rule spans ("lex:racism:go back to your country", "threat:intent-verb-object"). */
  rule?: string;
}

export interface FeatureWeight {
  /** "w:idiot" (word), "w:you idiot" (bigram), "c:idi" (character n-gram), or a rule id. */
  feature: string;
  weight: number;
}

export interface Label {
  key: string;
  score: number;
  severity: number;
  source: 'rule' | 'model';
  spans: Span[];
  features: FeatureWeight[];
}

export interface ModelScores {
  offensive: number;
  targeted: number;
  sexism: number;
  antisemitism: number;
}

export interface Classification {
  abusive: boolean;
  /** 0..4: the highest severity among abuse labels, 0 when none. */
  severity: number;
  /** Abuse labels and, when there are none, one non-abuse label (political_criticism or supportive); by score. */
  categories: Label[];
  /** Probabilities from the trained heads, for display and re-thresholding. */
  model: ModelScores;
  classifierVersion: string;
}

export interface Thresholds {
  /** A rule label needs at least this combined score. */
  rule: number;
  /** Weak rule evidence (below `rule`) still counts if the matching model head reaches this. */
  ruleWithModel: number;
  /** Model-only labels. */
  offensive: number;
  targeted: number;
  sexism: number;
  antisemitism: number;
  /** Model-only labels when the post reads as political criticism (policy, votes, record). */
  politicalModel: number;
}
