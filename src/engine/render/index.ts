/** Human-readable renderings of a Report: plain text for the CLI, one HTML file for reviewers. */
export { renderText } from './text';
export type { TextOptions } from './text';
export { renderHtml, escapeHtml } from './html';
export { reportLabels, formatNumberFor, formatDateFor, formatUnitFor } from './labels';
export type { ReportLabels } from './labels';
export { reportRows, type ReportCell } from './rows';
