/**
 * Runs every benchmark in bench/ (files named *.bench.ts, each exporting `run(): Promise<void> | void`)
 * in one process, one after the other, so that figures are measured on the same warm engine.
 * `npm run bench` or `npm run bench -- ckmeans` (only files whose name contains the word).
 */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file} ===`);

    const bench = require(join(__dirname, file)) as { run: () => Promise<void> | void };
    await bench.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
