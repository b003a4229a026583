/**
 * Pieces of the end-to-end tests: build the preview with webpack's Node API, serve
 * a folder on 127.0.0.1, and launch the system's Chromium through playwright-core
 * (browsers cannot be downloaded here).
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Builds with the webpack CLI in a child process (the build's plugins load
 * TypeScript through their own loader, which jest's module system would intercept);
 * resolves with the output folder: dist/ or, with the preview, dist-preview/.
 */
export function buildWithWebpack(env: { preview?: boolean }, mode: "development" | "production"): Promise<string> {
  const args = ["webpack", "--mode", mode, ...(env.preview ? ["--env", "preview"] : [])];
  return new Promise((resolve, reject) => {
    execFile("npx", args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npx ${args.join(" ")} failed:\n${stdout}\n${stderr}`));
      else resolve(path.join(ROOT, env.preview ? "dist-preview" : "dist"));
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** A static file server on 127.0.0.1 at a free port. */
export async function serveFolder(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(folder, path.normalize(relative).replace(/^([/\\])+/, ""));
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Whether Chromium is here. Without it the e2e tests fail on CI and are skipped
 * elsewhere, with a warning that says why.
 */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: the end-to-end tests need Debian's chromium on CI.`);
  console.warn(`Skipping the end-to-end tests: ${CHROMIUM} is missing (apt-get install chromium).`);
  return false;
}
