/** Settings → Reviewing: whether abusive text is blurred until revealed. */
import { useId } from 'react';
import { SectionIntro } from '../taxonomy/SettingsParts';
import { BlurToggle } from './BlurToggle';

export function ReviewingSection() {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Reviewing">
        Protect yourself and colleagues from reading abuse you did not choose to see.
      </SectionIntro>
      <div className="settings-form">
        <BlurToggle withHint />
      </div>
    </section>
  );
}
