/** The engine's public surface: hosts import from here only. */
export { analyzeSheet, analyzeWorkbook, type EngineExtras } from './analyze';
export * from './grid';
export * from './report';
export * from './options';
export { cleanSheet, type CleanResult, type CleanChange, type CleanRow, type CleanAction } from './clean';
export { UnitDirectory, type UnitEntry } from './units/directory';
export { defaultUnitDirectory } from './units/default-units';
