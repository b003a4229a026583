/* Jest transform: a .csv file becomes a module exporting its text, as webpack's asset/source does. */
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
