// Department knowledge as data: the reports a place's government lays before its people's congress each year on one
// department's field, which that department drafts, publishes on its own site and whose head delivers it (the
// execution of the year's economic and social development plan, of the budget). A title naming the place and no body
// (广东省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告) is that department's report (plan-report); the
// reader puts the place in front of the department's name for the place's level.

export interface PlaceReport {
  /** Words of the title that name the report's field. */
  subject: string;
  /** The department's name under a province, a city (市, 州, 盟, 地区) and a county or district. */
  body: { province: string; city: string; county: string };
}

export const PLACE_REPORTS: readonly PlaceReport[] = [
  { subject: '国民经济和社会发展计划执行情况', body: { province: '发展和改革委员会', city: '发展和改革委员会', county: '发展和改革局' } },
  { subject: '预算执行情况', body: { province: '财政厅', city: '财政局', county: '财政局' } },
];
