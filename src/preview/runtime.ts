/**
 * The one piece of Excel's functions runtime the preview needs: the build appends
 * `CustomFunctions.associate(...)` calls to src/functions/functions.ts, which the
 * preview's formula engine imports. Without Excel they register nothing. Imported
 * first by index.tsx, before any module that loads functions.ts.
 */
const scope = globalThis as { CustomFunctions?: { associate(id: string, f: unknown): void } };
if (scope.CustomFunctions === undefined) scope.CustomFunctions = { associate: () => undefined };

export {};
