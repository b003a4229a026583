/** Every user-visible string of Aimaq, in Kazakh, Russian and English. */
export * from "./language";
export * from "./common/levels";
export * from "./functions";
export * from "./errors";
