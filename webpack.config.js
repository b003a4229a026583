/* Builds the add-in: functions.js (+ functions.json metadata), taskpane.html, and in
 * preview mode the browser preview. Production loads Office.js from Microsoft's CDN
 * (as Office requires); the preview and tests use the copy in @microsoft/office-js. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata-plugin");

const fs = require("fs");
const os = require("os");

/** HTTPS for Excel desktop: the certificates office-addin-dev-certs installs (trusted by Office). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt"))) return "https";
  return {
    type: "https",
    options: { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) },
  };
}

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = Boolean(env.preview);
  const officeJs = production && !preview ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;

  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
    new LocalizedMetadataPlugin(),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "taskpane"],
      templateParameters: { officeJs },
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets" },
        { from: "manifest.xml", to: "manifest.xml" },
        ...(production && !preview
          ? []
          : [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", globOptions: { ignore: ["**/*.d.ts"] } }]),
      ],
    }),
  ];
  if (preview) {
    entry.preview = "./src/preview/index.tsx";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      })
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins,
    devServer: {
      port: Number(process.env.PORT || 3000),
      server: env.https ? devCertificates() : "http",
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      headers: { "Access-Control-Allow-Origin": "*" },
      open: false,
      client: { overlay: false },
    },
  };
};
