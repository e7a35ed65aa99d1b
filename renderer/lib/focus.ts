// Keyboard users go straight to a view's content: the skip link, and a view chosen in the navigation from the keyboard.

/** Puts the focus on the main content once the view chosen has been drawn. */
export function focusMainContent(): void {
  requestAnimationFrame(() => document.getElementById('main-content')?.focus());
}
