/** CSV files imported as their text (webpack `asset/source`; jest: test/workbook/csvTransform.js). */
declare module "*.csv" {
  const text: string;
  export default text;
}
