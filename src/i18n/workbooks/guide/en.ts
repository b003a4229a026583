/**
 * English text of the user guide (docs/guide/en.md, built by `npm run guide`).
 * Markdown; `{name}` marks a value filled in by the generator. The function
 * reference is not here: it is built from src/i18n/functions.
 */
export const en = {
  title: "Aimaq user guide",
  intro:
    "Aimaq («аймақ», region) is an Excel add-in that puts the methods of a dissertation on the innovation activity of the depressed districts of East Kazakhstan Region into Excel: functions you type in a cell (`=AIMAQ.INNOV_INDEX(...)`) and a task pane that classifies a district table in a few clicks. This guide is for akimat and statistics staff, teachers and students.",
  contents: "Contents",
  sections: {
    install: "Installing the add-in",
    functions: "The AIMAQ functions",
    pane: "The task pane, step by step",
    methods: "The methods in plain words",
    workbooks: "Prepared workbooks",
    troubleshooting: "Troubleshooting",
  },
  install: [
    "Aimaq is loaded from its manifest, the file `manifest.xml`. Until it is published in an add-in store, it is installed by *sideloading* the manifest.",
    "**Excel on the web.** Open a workbook, choose **Home → Add-ins → More add-ins** (or **Insert → Add-ins**), then **My add-ins → Upload my add-in**, pick `manifest.xml` and press **Upload**. The **District analysis** button appears in the Aimaq group of the **Home** tab.",
    "**Excel for Windows.** Put `manifest.xml` in a shared network folder. In Excel: **File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs**, add the folder's network path, tick **Show in Menu**, restart Excel, then **Home → Add-ins → More add-ins → Shared folder** and add Aimaq. Developers can run `npm start`, which sideloads the manifest.",
    "**Excel for Mac.** Copy `manifest.xml` into `~/Library/Containers/com.microsoft.Excel/Data/Documents/wef` (create the folder if needed), restart Excel and choose Aimaq under **Home → Add-ins**.",
    "Once Aimaq is loaded, the functions appear in formula autocomplete when you type `=AIMAQ.`. Excel shows their names and help in its display language: Kazakh, Russian or English.",
  ],
  functionsIntro: [
    "Every function follows one convention. The first argument of a table function is the whole table of numbers, without names and headers: rows are territorial units, columns are indicators. The result spills one value per unit down the column. The optional `unit` argument (the row number within the table, from 1) returns one unit's value, so that a formula can be filled down.",
    'Optional arguments can be left empty: `=AIMAQ.DEPRESS_RANK(B2:G20,"--++++",,1)`. Text options may be written in any of the three languages (for example "partial", "частные" or "жеке").',
    "In Excel with a Russian or Kazakh display language the functions have localized names (shown below), the argument separator is usually `;` and the decimal separator `,`. The examples below are written as Excel shows them in this language.",
  ],
  functionHeaders: { name: "Name in Excel", argument: "Argument", description: "What to give" },
  englishName: "English name",
  example: "Example",
  examples: {
    INNOV_INDEX: '`=AIMAQ.INNOV_INDEX(B8:G26,"partial")` on Table 45 spills 19 indices; Oskemen 0.414.',
    DEPRESS_RANK:
      "`=AIMAQ.DEPRESS_RANK($B$8:$G$26,{-1,-1,1,1,1,1},,1)` gives the first unit's rank, 1 = most depressed.",
    DEPRESS_SCORE: "`=AIMAQ.DEPRESS_SCORE(B8:G26,{-1,-1,1,1,1,1})` spills 19 scores from 0 to 1.",
    DEPRESS_CLASS: '`=AIMAQ.DEPRESS_CLASS(B8:G26,"--++++",5,TRUE)` spills the level names, "Lowest" … "Very high".',
    CLASSIFY: "`=AIMAQ.CLASSIFY(D8:D26,5)` splits the wages of Table 40 into five groups, 1 = lowest.",
    NORMALIZE: "`=AIMAQ.NORMALIZE(B8:B26,-1)` gives the partial assessments of unemployment by formula (11).",
    LABOR_PRODUCTIVITY: "`=AIMAQ.LABOR_PRODUCTIVITY(500,20)` gives 25.",
    CAPITAL_PRODUCTIVITY: "`=AIMAQ.CAPITAL_PRODUCTIVITY(500,1000)` gives 0.5.",
    CAPITAL_LABOR_RATIO:
      "`=AIMAQ.CAPITAL_LABOR_RATIO(132974,168.7)` gives 788.2 (Oskemen, Table 25: thousand KZT per employed person).",
    PRODUCTIVITY_CHANGE: "`=AIMAQ.PRODUCTIVITY_CHANGE({100,10,200},{150,10,300})` gives 0.5, 0, 0.5.",
    INNOV_ACTIVITY: "`=AIMAQ.INNOV_ACTIVITY(236,1831)` gives 12.89 (the region in Table 15).",
    INNOV_COMPLEX: "`=AIMAQ.INNOV_COMPLEX(B2:K7)` on Table 36 gives the complex coefficient K.",
  },
  pane: [
    "Open the pane with the **District analysis** button (group Aimaq) on the **Home** tab. It speaks the language of Office; the switch at its top changes it.",
    "1. **Select the district table**: names in the first column, headers in the first row. Press the button to read the selection. The pane finds the names and the headers itself and leaves the region total (ШҚО, ВКО) out; you can correct both.",
    "2. **Choose the method**: depressivity classification, the integral innovation index, one indicator into k levels, labour productivity, or the typology depressivity × innovation.",
    "3. **Check the columns**: the pane proposes the role and the direction of each column from its header (жұмыссыздық / безработица / unemployment means lower is better). Change whatever is wrong.",
    "4. **Run**: the results go to a new sheet, as live AIMAQ formulas (or as values, if you choose), with the partial scores, the composite, the rank, the class with its colour, a block that records how they were computed, and charts. If anything fails, the workbook stays as it was and the pane says why.",
  ],
  screenshotsMissing: "Screenshots of the pane are added by `npm run guide` once the end-to-end test has taken them.",
  methods: [
    "**Level of innovation activity (formula 3).** The share of surveyed enterprises that had any innovation: enterprises with innovations ÷ enterprises surveyed × 100. In 2020, 236 of 1,831 enterprises of the region: 12.9 %.",
    "**Partial assessment and depressivity (formulas 10–11).** Each indicator is placed on a scale from 0 (the worst unit) to 1 (the best): (value − minimum) ÷ (maximum − minimum), turned round for indicators where less is better, such as unemployment. The mean of these partial assessments, subtracted from 1, is the depressivity of the unit: the higher, the more depressed. Units are then ranked and split into five levels, from lowest to very high, by the k-means method.",
    "**Integral innovation index (Table 45).** Six partial indices of innovation on 0..1 are combined by the geometric mean, which punishes a weak side more than the arithmetic mean does; a zero index is replaced by a very small number ε = 0.00001, as the dissertation prescribes.",
    "**Complex coefficient of innovation activity (formulas 5–9).** For each of ten indicators of intensity and efficiency, the level and the growth over the last three years are each placed between their minimum and maximum; the two are averaged, and the ten results are averaged again. 0 means no innovation activity, 1 intensive and efficient activity.",
    "**Labour productivity and its factors (formulas 1–2).** Output per employed person equals output per unit of fixed assets times fixed assets per employed person; the change of productivity splits exactly into these two parts.",
    "**One indicator into groups (Tables 41–43).** The values of one indicator are split into k groups so that the groups are as compact as possible (optimal one-dimensional k-means).",
  ],
  workbooks: [
    "Three workbooks, one per language, teach the methods on the dissertation's data: {links}.",
    "Each worked sheet repeats a method step by step in ordinary Excel formulas, beside the one AIMAQ formula that does the same and the published numbers, every difference marked (✓, ≈, ✗) and explained on the sheet “published vs recomputed”. Exercises and answers close the workbook. Excel computes the formulas when the workbook opens; in Protected View press **Enable Editing** first.",
    "The AIMAQ formulas are stored as text (orange cells), so that the workbook opens without the add-in. With Aimaq loaded, press **Activate formulas** in the task pane: every such text becomes a live formula. Beside each one, an italic value shows what Aimaq computed when the workbook was made.",
  ],
  troubleshooting: [
    "**`#NAME?`** — Excel does not know the AIMAQ functions: the add-in is not loaded in this workbook. Open the pane once (Home → District analysis) and recalculate (Ctrl+Alt+F9). A formula typed or opened while the add-in was absent may need to be entered again (F2, Enter) or activated from the pane.",
    "**Blank cells** are missing values, never zeros. A unit is scored on the indicators it has; a unit with fewer than half its indicators gets `#N/A` with a message. Excel for Windows may pass an empty cell to a function as 0; when in doubt write `x` in a cell that has no value.",
    "**Decimal commas and spaces.** Numbers pasted as text are read: `12,9`, `12.9`, `176 714` (a space or a no-break space between thousands). Two numbers in one cell (`12 5`) are refused with a message rather than read as 125.",
    "**`x` and `-`.** As in the statistical tables: `-` means the phenomenon is absent and counts as 0; `x` (Latin or Cyrillic), `…`, `н/д` and `n/a` mean the value is not available and count as missing.",
    "**A column with one value for all units** cannot be scaled between a minimum and a maximum; it is left out and the pane says so.",
    "**`#VALUE!`, `#NUM!`, `#DIV/0!`** — an argument has the wrong shape or value (directions of the wrong length, `unit` outside the table, employed ≤ 0). Hover over the cell: the message names the argument and what was expected, in your language.",
    "**`#SPILL!`** — a table function spills one value per unit; clear the cells below it, or give `unit` and fill the formula down.",
  ],
};

/** The shape of the guide strings, the same in every language. */
export type GuideStrings = typeof en;
