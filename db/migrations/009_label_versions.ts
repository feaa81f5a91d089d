/**
 * An index of labels by the classifier version that wrote them. Settings tells staff when posts carry
 * labels an earlier classifier gave (after an update to Bulwark, or an edit to the word lists) and
 * "Reclassify all" would change them (db/labels.ts postsWithOutdatedLabels). Without the index that
 * check reads every label: 0.25–0.35 s at a million posts, on the thread that answers the app, each
 * time Settings opens. With it: about a millisecond when nothing is out of date. Every label written
 * by one run carries the same version, so new entries land at the end of one run of equal keys; the
 * import's writing thread measured 0.9% more instructions per post.
 */
export const up = `
CREATE INDEX labels_version ON labels(classifier_version);
`;
