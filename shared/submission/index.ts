// Reading a department's implementation report: submitters, date, and the measures it answers.
export { analyzeSubmission, NO_LINK_WARNING, readSenderAndDate, type SenderAndDate } from './analyze-submission';
export { detectDate, UNDATED_WARNING, type DetectedDate } from './detect-date';
export { detectDepartments, type DepartmentContext, type DetectedDepartments } from './detect-departments';
export { linkMeasures, DEFAULT_CONTENT_THRESHOLD } from './link-measures';
export type { LinkOptions, PolicyForLinking, SubmissionInput, SubmissionParagraph } from './types';
