/** Text of the user guide (docs/guide/*.md) in Kazakh, Russian and English. */
import type { Language } from "../../language";
import { en, type GuideStrings } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";

export type { GuideStrings } from "./en";

export const GUIDE_STRINGS: Record<Language, GuideStrings> = { kk, ru, en };
