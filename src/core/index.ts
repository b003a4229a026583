/** The computation core: pure TypeScript, no Office, no DOM, no I/O. */
export * from "./errors";
export * from "./cells";
export * from "./minMax";
export * from "./aggregate";
export * from "./ranks";
export * from "./ckmeans";
export * from "./classify";
export * from "./composite";
export * from "./innovationIndex";
export * from "./depressivity";
export * from "./laborProductivity";
export * from "./innovationActivity";
export * from "./innovationComplex";
export * from "./shares";
export * from "./districts";
export * from "./sorted";
