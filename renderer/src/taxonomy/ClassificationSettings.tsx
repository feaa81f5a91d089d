/** Settings → how posts are classified: categories, word lists, thresholds and reclassifying. */
import { CategoriesSection } from './CategoriesSection';
import { LexiconSection } from './LexiconSection';
import { ReclassifySection } from './ReclassifySection';
import { ThresholdsSection } from './ThresholdsSection';

export function ClassificationSettings() {
  return (
    <div className="card" id="classification">
      <CategoriesSection />
      <LexiconSection />
      <ThresholdsSection />
      <ReclassifySection />
    </div>
  );
}
