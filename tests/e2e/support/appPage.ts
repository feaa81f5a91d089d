import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Page object for the app frame: navigation, headline numbers, accessibility checks. */
export class AppPage {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async goTo(label: string): Promise<void> {
    await this.nav().getByRole('link', { name: label }).click();
    await expect(this.nav().getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  }

  /** The number shown under a stat tile's label (a <dt>/<dd> pair), as an integer. */
  async statValue(label: string): Promise<number> {
    const tile = this.page
      .locator('dl div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) });
    const text = await tile.getByRole('definition').first().innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  /** axe-core on the current screen; fails on serious or critical violations, listing them. */
  async expectAccessible(screen: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
}
