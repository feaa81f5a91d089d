/** Moves keyboard focus once React has re-rendered (the element may be new, or the old one gone). */
export function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
