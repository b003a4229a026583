/**
 * One production build of the add-in into dist/ per jest run, shared by every
 * test file that needs it (metadata, the bundle loaded as Excel loads it, the
 * task pane page). Test files run in separate workers: the first to ask builds
 * under a lock file, the others wait for it; a marker file with jest's run id
 * (the parent process id) tells later files that dist/ is current.
 *
 * @example const dist = await buildDist(); // "/work/main/dist"
 */
import { execFileSync } from "child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const LOCK = join(ROOT, "dist.build.lock");
const MARKER = join(DIST, ".build-run");
/** Longest a build may take before a waiting test gives up on its lock. */
const STALE_LOCK_MS = 15 * 60 * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function current(runId: string): boolean {
  return existsSync(MARKER) && readFileSync(MARKER, "utf8") === runId;
}

/** Builds dist/ (webpack --mode production) unless this jest run already did; returns its path. */
export async function buildDist(): Promise<string> {
  const runId = String(process.ppid);
  const started = Date.now();
  while (!current(runId)) {
    let fd: number | undefined;
    try {
      fd = openSync(LOCK, "wx");
    } catch {
      if (Date.now() - started > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      await sleep(1000);
      continue;
    }
    try {
      if (!current(runId)) {
        execFileSync(
          process.execPath,
          [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
          {
            cwd: ROOT,
            stdio: "pipe",
          },
        );
        writeFileSync(MARKER, runId);
      }
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
  }
  return DIST;
}
