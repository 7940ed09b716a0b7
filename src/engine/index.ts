/** The engine's public surface: hosts import from here only. */
export { analyzeSheet, analyzeWorkbook, type EngineExtras } from './analyze';
export * from './grid';
export * from './report';
export * from './options';
