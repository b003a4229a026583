/**
 * Metadata of the custom functions: the functions.json generated from the JSDoc
 * (ids, argument types, dimensionality, optional flags, result shapes) against
 * the fixture; the Kazakh and Russian copies built from src/i18n; the manifest's
 * locale overrides; and localized names that never collide with Excel built-ins.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_IDS, FUNCTION_STRINGS, LANGUAGES, type Language } from "../../src/i18n";
import { buildDist } from "../helpers/build";
import fixture from "./fixtures/functions.json";
import builtins from "./fixtures/excel-builtin-names.json";

interface Parameter {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Metadata {
  functions: { id: string; name: string; description: string; parameters: Parameter[]; result: unknown }[];
}

const FILES: Record<Language, string> = { en: "functions.json", kk: "functions.kk.json", ru: "functions.ru.json" };
let dist = "";
const metadata = (language: Language): Metadata => JSON.parse(readFileSync(join(dist, FILES[language]), "utf8"));

/** Ids, argument names, types, dimensionality, optional flags and results: what Excel binds by. */
const shape = (m: Metadata) =>
  m.functions.map((fn) => ({
    id: fn.id,
    parameters: fn.parameters.map(({ name, type, dimensionality, optional }) => ({
      name,
      type,
      ...(dimensionality ? { dimensionality } : {}),
      ...(optional ? { optional } : {}),
    })),
    result: fn.result,
  }));

beforeAll(
  async () => {
    dist = await buildDist();
  },
  20 * 60 * 1000,
);

test("functions.json has the fixture's ids, arguments and result shapes", () => {
  expect(shape(metadata("en"))).toEqual(fixture.functions);
  expect(metadata("en").functions.map((fn) => fn.id)).toEqual([...FUNCTION_IDS]);
});

test("the JSDoc of functions.ts says the same English words as src/i18n/functions", async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  const fromJsDoc: Metadata = JSON.parse(generated.metadataJson);
  for (const fn of fromJsDoc.functions) {
    const strings = FUNCTION_STRINGS[fn.id as keyof typeof FUNCTION_STRINGS];
    expect([fn.name, fn.description]).toEqual([strings.name.en, strings.description.en]);
    expect(fn.parameters.map((p) => [p.name, p.description])).toEqual(
      Object.entries(strings.parameters).map(([name, text]) => [name, text.description.en]),
    );
  }
});

test.each(LANGUAGES)("functions metadata in %s: same ids and shapes, every string from src/i18n", (language) => {
  const localized = metadata(language);
  expect(shape(localized).map((fn) => ({ ...fn, parameters: fn.parameters.map((p) => ({ ...p, name: "" })) }))).toEqual(
    fixture.functions.map((fn) => ({ ...fn, parameters: fn.parameters.map((p) => ({ ...p, name: "" })) })),
  );
  for (const fn of localized.functions) {
    const strings = FUNCTION_STRINGS[fn.id as keyof typeof FUNCTION_STRINGS];
    expect(fn.name).toBe(strings.name[language]);
    expect(fn.description).toBe(strings.description[language]);
    expect(fn.parameters.map((p) => [p.name, p.description])).toEqual(
      Object.values(strings.parameters).map((text) => [text.name[language], text.description[language]]),
    );
    for (const text of [fn.name, fn.description, ...fn.parameters.flatMap((p) => [p.name, p.description])]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
  }
});

test.each(LANGUAGES)("names in %s are valid, distinct, and no Excel built-in name", (language) => {
  const names = FUNCTION_IDS.map((id) => FUNCTION_STRINGS[id].name[language]);
  expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  // Kazakh Excel shows the built-ins of its base language (Russian or English), so kk is checked against both.
  const reserved = new Set(
    [
      ...(language === "ru" ? builtins.ru : []),
      ...(language === "en" ? builtins.en : []),
      ...(language === "kk" ? [...builtins.ru, ...builtins.en] : []),
    ].map((n) => n.toUpperCase()),
  );
  for (const name of names) {
    expect(name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
    expect(reserved.has(name.toUpperCase())).toBe(false);
  }
  for (const id of FUNCTION_IDS) {
    const parameters = Object.values(FUNCTION_STRINGS[id].parameters).map((p) => p.name[language]);
    expect(new Set(parameters).size).toBe(parameters.length);
    for (const p of parameters) expect(p).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
  }
});

test("the built-in names fixture catches a collision (НОРМАЛИЗАЦИЯ = STANDARDIZE in Russian Excel)", () => {
  expect(builtins.ru).toContain("НОРМАЛИЗАЦИЯ");
  expect(builtins.en).toContain("RANK.EQ");
});

test("manifest.xml points kk-KZ and ru-RU metadata to files the build produces", () => {
  const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="[^"]*\/([^"/]+)">([\s\S]*?)<\/bt:Url>/.exec(
    manifest,
  );
  expect(url).not.toBeNull();
  const overrides = [...(url as RegExpExecArray)[2].matchAll(/Locale="([^"]+)" Value="[^"]*\/([^"/]+)"/g)].map((m) => [
    m[1],
    m[2],
  ]);
  expect((url as RegExpExecArray)[1]).toBe("functions.json");
  expect(overrides).toEqual([
    ["kk-KZ", "functions.kk.json"],
    ["ru-RU", "functions.ru.json"],
  ]);
  for (const [, file] of overrides) expect(() => readFileSync(join(dist, file))).not.toThrow();
});
