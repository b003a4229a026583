/**
 * Offline structure check of manifest.xml (the online `npm run validate` posts it to
 * Microsoft's service, which CI cannot reach): well-formed, every resid defined and at
 * most 32 characters, shared runtime with a long lifetime, the AIMAQ namespace.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });

type Node = Record<string, unknown>;

/** Every element (depth first) with the name of its tag. */
function elements(
  node: unknown,
  name = "root",
  out: { name: string; node: Node }[] = [],
): { name: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((child) => elements(child, name, out));
  else if (node && typeof node === "object") {
    out.push({ name, node: node as Node });
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) elements(child, key, out);
  }
  return out;
}

const all = elements(parser.parse(xml));
const defined = new Map<string, Node>();
for (const { node } of all) {
  const id = node["@id"];
  if (typeof id === "string") defined.set(id, node);
}
const referenced = all.map(({ node }) => node["@resid"]).filter((r): r is string => typeof r === "string");

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("every resid is defined in Resources and at most 32 characters", () => {
    expect(referenced.length).toBeGreaterThan(10);
    for (const resid of referenced) {
      expect(defined.has(resid)).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test("declares a shared runtime with a long lifetime, required by the SharedRuntime 1.1 set", () => {
    const runtime = all.find((e) => e.name === "Runtime");
    expect(runtime?.node["@lifetime"]).toBe("long");
    const sets = all.filter((e) => e.name === "Set").map((e) => `${e.node["@Name"]} ${e.node["@MinVersion"]}`);
    expect(sets).toContain("SharedRuntime 1.1");
    // The task pane, the functions' page and the ribbon's function file share that one runtime.
    const runtimeUrl = runtime?.node["@resid"];
    const page = all.find((e) => e.name === "Page");
    const functionFile = all.find((e) => e.name === "FunctionFile");
    expect((page?.node.SourceLocation as Node)["@resid"]).toBe(runtimeUrl);
    expect(functionFile?.node["@resid"]).toBe(runtimeUrl);
  });

  test("registers custom functions in the AIMAQ namespace", () => {
    const namespace = all.find((e) => e.name === "Namespace")?.node["@resid"] as string;
    expect(defined.get(namespace)?.["@DefaultValue"]).toBe("AIMAQ");
    expect(all.some((e) => e.name === "ExtensionPoint" && e.node["@type"] === "CustomFunctions")).toBe(true);
  });

  test("asks for ReadWriteDocument and has a task-pane button", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    const action = all.find((e) => e.name === "Action");
    expect(action?.node["@type"]).toBe("ShowTaskpane");
  });

  test("icons it names exist in assets/", () => {
    const images = all.filter((e) => e.name === "Image" && typeof e.node["@DefaultValue"] === "string");
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const file = String(image.node["@DefaultValue"]).replace("https://localhost:3000/", "");
      expect(() => readFileSync(join(__dirname, "..", file))).not.toThrow();
    }
  });
});
