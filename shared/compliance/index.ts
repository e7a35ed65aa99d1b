// The compliance rules: obligations, due dates, responses and statuses as of a date.
export { computeCompliance, type ComplianceInput } from './compute-compliance';
export { prepareResponses, type PreparedResponses } from './response-index';
export { bodiesAnsweredFor, linksAnsweringFor } from './answered-for';
export { defaultReportDeadline, latestDeadline, recurringDeadline } from './due-dates';
export { obligationsOf, obligationsOfMeasure, type ObligationKey } from './obligations';
export { periodDueDates, periodStatuses } from './periods';
export { summarize, type ComplianceSummary, type DepartmentTally } from './summarize';
export { applyDecisions, countedObligations, decisionCounts } from './decisions';
export { DECISION_KIND_LABEL, REPORTED_LABEL, dateWords, decisionLabel } from './status-words';
