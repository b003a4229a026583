/**
 * The production bundle holds no HyperFormula (GPL-3.0): the formula engine is a
 * development tool of the preview and the tests only.
 */
import * as fs from "fs";
import * as path from "path";
import { buildDist } from "../helpers/build";
import { ROOT } from "./harness";

/** Source files of the folders that ship, recursively. */
function shippedSources(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  return ["taskpane", "functions", "workbook"].flatMap((folder) => walk(path.join(ROOT, "src", folder)));
}

describe("production bundle", () => {
  test("no shipped source imports hyperformula or the preview", () => {
    const offenders = shippedSources().filter((file) =>
      /from\s+["'](hyperformula|[./]*preview\/|[./]*test\/)/.test(fs.readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  test("the production build (dist/) holds no HyperFormula code or licence strings", async () => {
    const output = await buildDist();
    const scripts = fs.readdirSync(output).filter((name) => name.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const name of scripts) {
      const text = fs.readFileSync(path.join(output, name), "utf8");
      expect({
        name,
        hyperformula: /hyperformula/i.test(text),
        licence: /gpl-v3|GNU General Public License/i.test(text),
      }).toEqual({
        name,
        hyperformula: false,
        licence: false,
      });
    }
  }, 600000);
});
