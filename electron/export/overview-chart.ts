// The overview's per-policy status chart as PNG bytes for the 督查通报. This stand-in draws none (the
// bulletin then goes without its chart) until the chart drawn for 总览 takes its place.
export async function overviewChartPng(_view: unknown): Promise<Uint8Array | null> {
  return null;
}
