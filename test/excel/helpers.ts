/** Shared by the src/excel tests: every suite runs against the oldest and a current host. */
export const API_VERSIONS = ['1.7', '1.17'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];
