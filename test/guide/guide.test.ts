/**
 * The user guide (docs/guide/*.md) is what `npm run guide` makes from the
 * strings now — its function reference comes from src/i18n/functions, so it
 * cannot drift from Excel's autocomplete — and its links and examples hold.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { FUNCTION_IDS, FUNCTION_NAMESPACE, FUNCTION_STRINGS, LANGUAGES } from "../../src/i18n";
import { GUIDE_STRINGS } from "../../src/i18n/workbooks/guide";
import { GUIDE_DIR, guideImages } from "../../scripts/guide/generate";
import { imagesFor, renderGuide } from "../../scripts/guide/render";

const committed = (language: string) => readFileSync(join(GUIDE_DIR, `${language}.md`), "utf8");

describe.each(LANGUAGES)("guide %s", (language) => {
  test("the committed guide is up to date (run `npm run guide`)", () => {
    expect(committed(language)).toBe(renderGuide(language, guideImages()));
  });

  test("the function reference names every function and argument as Excel shows them in this language", () => {
    const text = committed(language);
    for (const id of FUNCTION_IDS) {
      const f = FUNCTION_STRINGS[id];
      expect(text).toContain(`### ${FUNCTION_NAMESPACE}.${f.name[language]}`);
      expect(text).toContain(f.description[language]);
      for (const p of Object.values(f.parameters)) expect(text).toContain(`| \`${p.name[language]}\` |`);
    }
  });

  test("every example calls its own function by its name in this language", () => {
    for (const id of FUNCTION_IDS) {
      const called = /=AIMAQ\.([^(]+)\(/.exec(GUIDE_STRINGS[language].examples[id]);
      expect(called?.[1]).toBe(FUNCTION_STRINGS[id].name[language]);
    }
  });

  test("every relative link and image points at a file of the repository", () => {
    const text = committed(language);
    const targets = [...text.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const target of targets)
      expect(existsSync(join(dirname(join(GUIDE_DIR, `${language}.md`)), target))).toBe(true);
  });
});

test("screenshots go to the guide of their language only", () => {
  const files = ["pane-select.png", "pane-kk-result.png", "pane-ru-result.png", "pane-en-result.png"];
  expect(imagesFor("kk", files)).toEqual(["pane-kk-result.png", "pane-select.png"]);
  expect(imagesFor("en", files)).toEqual(["pane-en-result.png", "pane-select.png"]);
});
