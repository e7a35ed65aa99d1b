// A deterministic stand-in for jieba in tests: overlapping two-character grams of each Chinese run,
// whole runs of Latin letters and digits. The scoring must work with this as with real words.
export function bigramTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\u3007\u4e00-\u9fff]+|[A-Za-z0-9.%]+/g)) {
    const run = m[0];
    if (!/[\u3007\u4e00-\u9fff]/.test(run[0]) || run.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
