// How far recognised text is from the text that was printed: the character error rate, the number of characters
// inserted, deleted or replaced (Levenshtein distance over code points) per character of the original.
export function characterErrorRate(read: string, truth: string): number {
  const a = [...read];
  const b = [...truth];
  if (b.length === 0) return a.length === 0 ? 0 : 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] / b.length;
}
