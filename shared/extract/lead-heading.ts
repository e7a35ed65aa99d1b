// Rule lead-heading: a task list grouped by who leads, each section headed by the bodies leading its items and the
// word for work, often with a count (一、县示范区管委会牵头工作(8项); 二、县发改局牵头的重点任务). The heading's
// words up to 牵头 are the responsibility of the section's items that name no one themselves. A heading naming a
// person (一、王丹县长牵头重点工作) reads as no responsibility, since no body is named in it.

const LEAD_HEADING = /^(.{2,40}?牵头)的?(?:重点)?(?:工作|任务|事项)(?:[（(]\d+项[）)])?$/;

/** The words of a lead-by-section heading that assign its items ("县示范区管委会牵头"), or null. */
export function leadOfHeading(heading: string): string | null {
  const m = LEAD_HEADING.exec(heading.trim());
  return m ? m[1] : null;
}
