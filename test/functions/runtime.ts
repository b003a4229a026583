/**
 * Stubs of the globals Excel's functions runtime provides: `CustomFunctions`
 * (Error, ErrorCode, associate) and `Office.context.displayLanguage`. Tests of
 * the functions and of the production bundle install them as Excel would.
 */

/** Stand-in for CustomFunctions.Error: the code string and the message. */
export class StubCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export interface StubRuntime {
  /** Functions registered through CustomFunctions.associate, by id. */
  associated: Map<string, (...args: unknown[]) => unknown>;
}

/** Installs the stubs on globalThis; `displayLanguage` as Office reports it (e.g. "ru-RU"). */
export function installRuntime(displayLanguage = "en-US"): StubRuntime {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: StubCustomFunctionError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    },
    Office: { context: { displayLanguage } },
  });
  return { associated };
}

/** Sets the display language of the installed Office stub. */
export function setDisplayLanguage(displayLanguage: string): void {
  (globalThis as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage =
    displayLanguage;
}

/** Removes the stubs. */
export function uninstallRuntime(): void {
  const scope = globalThis as Record<string, unknown>;
  delete scope.CustomFunctions;
  delete scope.Office;
}
