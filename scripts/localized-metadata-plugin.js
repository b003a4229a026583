/* Webpack plugin: the Kazakh and Russian metadata of the AIMAQ.* custom functions.
 *
 * Excel reads function names, descriptions and argument help from the metadata
 * JSON only, and a custom function cannot localize them at run time; Microsoft's
 * documented way is one metadata file per language, chosen by <bt:Override
 * Locale="…"> on Functions.Metadata.Url in manifest.xml. This plugin takes the
 * functions.json that custom-functions-metadata-plugin generated from the JSDoc
 * of src/functions/functions.ts (ids, types, dimensionality, optional flags) and
 * emits functions.kk.json and functions.ru.json with the strings of
 * src/i18n/functions; functions.json itself is rewritten with the English strings
 * of the same file, so that src/i18n is the one source of every word.
 */
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedMetadataPlugin";
const STRINGS = path.resolve(__dirname, "../src/i18n/functions/index.ts");
const I18N_DIR = path.dirname(path.dirname(STRINGS));

/** The function strings (TypeScript), loaded fresh so that watch rebuilds see edits. */
function loadStrings() {
  for (const key of Object.keys(require.cache)) if (key.startsWith(I18N_DIR)) delete require.cache[key];
  const { require: tsxRequire } = require("tsx/cjs/api");
  return tsxRequire(STRINGS, __filename);
}

/**
 * A copy of the metadata with every name and description in `language`.
 * Throws when a function or argument has no strings, so a build never ships a
 * half-translated file.
 */
function localizeMetadata(metadata, strings, language) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const text = strings.FUNCTION_STRINGS[fn.id];
      if (!text) throw new Error(`src/i18n/functions has no strings for function ${fn.id}`);
      return {
        ...fn,
        name: text.name[language],
        description: text.description[language],
        parameters: fn.parameters.map((parameter) => {
          const argument = text.parameters[parameter.name];
          if (!argument) throw new Error(`src/i18n/functions has no strings for ${fn.id}(${parameter.name})`);
          return { ...parameter, name: argument.name[language], description: argument.description[language] };
        }),
      };
    }),
  };
}

/** Output file of each language; the names manifest.xml points to. */
const FILES = { en: "functions.json", kk: "functions.kk.json", ru: "functions.ru.json" };

class LocalizedMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || "functions.json";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(this.source);
        // The metadata plugin reports its own errors and then emits nothing.
        if (!asset) return;
        compilation.fileDependencies.add(STRINGS);
        try {
          const strings = loadStrings();
          const metadata = JSON.parse(asset.source.source().toString());
          for (const [language, file] of Object.entries(FILES)) {
            const json = JSON.stringify(localizeMetadata(metadata, strings, language), null, 4);
            const source = new sources.RawSource(json);
            if (compilation.getAsset(file)) compilation.updateAsset(file, source);
            else compilation.emitAsset(file, source);
          }
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata, FILES };
