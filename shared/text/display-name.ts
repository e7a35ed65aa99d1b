// File names as shown to people. Direction controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) make a name
// display as something else: "evil\u202Efdp.txt" reads as "eviltxt.pdf". Shown names carry each control as a
// visible code instead, so what is read is what the file is called.

/** Embeddings, overrides, isolates and marks that reorder or hide the text after them. */
export const DIRECTION_CONTROL_CLASS = '[\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const DIRECTION_CONTROLS = new RegExp(DIRECTION_CONTROL_CLASS, 'g');
const ANY_DIRECTION_CONTROL = new RegExp(DIRECTION_CONTROL_CLASS);

/** The text with every direction control replaced by a visible ‹U+XXXX›; anything else unchanged. */
export function displayFileName(name: string): string {
  return name.replace(DIRECTION_CONTROLS, (c) => `‹U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}›`);
}

/** True when the text holds a direction control. */
export function hasDirectionControl(text: string): boolean {
  return ANY_DIRECTION_CONTROL.test(text);
}
