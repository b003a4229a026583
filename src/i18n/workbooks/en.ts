/**
 * English strings of the prepared teaching workbooks (assets/workbooks/). The
 * shape of this object is the shape every language must have ({@link WorkbookStrings}).
 * `{name}` marks a value filled in by the generator.
 */
export const en = {
  sheetNames: {
    intro: "Introduction",
    data: "Data",
    activity: "M2 Activity",
    depressivity: "M5 Depressivity",
    integral: "M6 Integral index",
    complex: "M4 Complex coefficient",
    resources: "M1 Resources",
    grouping: "M5 Groups",
    errata: "Published vs recomputed",
    exercises: "Exercises",
    answers: "Answers",
  },
  common: {
    unit: "Territorial unit",
    published: "Published",
    recomputed: "Recomputed",
    difference: "Difference",
    mark: "Mark",
    aimaqFormula: "AIMAQ formula (text until activated)",
    cachedValue: "Value computed by Aimaq",
    minimum: "Minimum",
    maximum: "Maximum",
    direction: "Direction (1 = higher is better, −1 = lower is better)",
    agreeing: "Rows that agree with the published table",
    notListed: "not listed",
    marks:
      "Marks: ✓ equal at the printed precision; ≈ within one unit of the last printed digit (rounding or truncation); ✗ differs.",
    aimaqNote:
      "The orange cells hold the AIMAQ formula that does the same in one step. It is stored as text so that the workbook opens without the add-in; with Aimaq loaded, press “Activate formulas” in the task pane and Excel shows it in its own language. The italic value to its right is what Aimaq computed when this workbook was made.",
    source:
      "Source: PhD dissertation on the innovation activity of the depressed districts of East Kazakhstan Region (Semey, 2023), {table}.",
  },
  intro: {
    title: "Aimaq: innovation activity and depressivity of the districts of East Kazakhstan Region",
    purpose: [
      "This workbook teaches the quantitative methods of a dissertation on raising the innovation activity of the depressed districts of East Kazakhstan Region, on the dissertation's own data.",
      "The methods answer three questions: how active are enterprises in innovation (formula 3, the complex coefficient of formulas 5–9, the integral index of Table 45); which districts are depressed and how strongly (partial assessments, formulas 10–11, and grouping into five levels by the k-means method); and what resources a district economy works with (labour productivity and its factors, formulas 1–2).",
      "Every worked sheet repeats the method step by step in ordinary Excel formulas (MIN, MAX, AVERAGE, GEOMEAN, RANK.EQ, MATCH). Click a cell to see its formula and follow it back to the data. Beside the steps stands the one AIMAQ formula of the add-in that does the same, and the published numbers of the dissertation with every difference marked.",
    ],
    howToRead: "How to read the sheets",
    legendTitle: "Colours",
    legend: {
      input: "input data (from the Data sheet)",
      param: "a parameter you may change",
      step: "a step of the method: an ordinary Excel formula",
      result: "the result of the method",
      published: "the number printed in the dissertation",
      aimaq: "the AIMAQ formula that does the same (text until activated)",
      cached: "the value Aimaq computed for that formula",
    },
    sheetsTitle: "Sheets",
    sheets: {
      data: "The dissertation's tables 15, 25, 36, 40 and 45 with their sources and units. The worked sheets read their inputs from here: change a number and watch the steps follow.",
      activity: "Formula (3), the level of innovation activity, on Table 15.",
      depressivity:
        "Formulas (10) and (11), the partial assessments of depressivity; their mean, the rank and five levels, on Table 40.",
      integral:
        "The integral innovation index: the geometric mean of the six partial indices of Table 45, zeros raised to ε.",
      complex:
        "The complex coefficient of innovation activity, formulas (5)–(9), on the national series of Table 36, beside Table 38.",
      resources:
        "Formula (2): the capital-labour ratio, and the shares of each unit in the regional resources (Table 25 beside Table 26).",
      grouping: "One indicator into five groups: the published Tables 41–43 beside optimal one-dimensional k-means.",
      errata: "Every published number that the recomputation does not confirm, with the reason.",
      exercises: "Exercises; the answers are on the next sheet.",
    },
    notesTitle: "Good to know",
    notes: [
      "Excel shows function names in its own language: in Russian Excel GEOMEAN is СРГЕОМ, AVERAGE is СРЗНАЧ, RANK.EQ is РАНГ.РВ, MATCH is ПОИСКПОЗ. The formulas are the same.",
      "Decimal separator: the file stores numbers, not text; Excel shows them with the decimal comma or point of your system settings.",
      "In the source tables “-” means the phenomenon is absent (a true zero) and “x” means confidential (missing). The Data sheet keeps them as printed; the AIMAQ functions read both, and also “12,9” or “176 714” typed as text.",
      "The file stores formulas without their results; Excel computes them when the workbook opens. If it opens in Protected View, press “Enable Editing” to see the numbers.",
      "The AIMAQ formulas need the Aimaq add-in. Without it an activated AIMAQ formula shows #NAME?; the ordinary formulas always work.",
    ],
  },
  data: {
    title: "The dissertation's data on East Kazakhstan Region",
    note: "Numbers as printed in the source. “-”: the phenomenon is absent; “x”: confidential. The region total is shown but never enters a minimum, maximum, rank or group.",
    t15: {
      title: "Table 15. Innovation activity of enterprises by territorial unit, 2020",
      note: "Units: enterprises; %; persons.",
      headers: [
        "Enterprises surveyed",
        "Enterprises with innovations",
        "Level of innovation activity, % (printed)",
        "Employees at the end of the period",
        "Enterprises cooperating on innovation",
      ],
    },
    t25: {
      title:
        "Table 25. Resources of the territorial units (caption: 2020; the levels are the base of Table 26's 2019 shares)",
      note: "Units: thousand persons; million KZT; count.",
      headers: [
        "Economically active population, thousand",
        "Employed population, thousand",
        "Fixed assets, million KZT",
        "Enterprises and organisations",
      ],
    },
    t40: {
      title: "Table 40. Socio-economic indicators of the territorial units (year not stated in the source)",
      note: "X4–X6 are printed “million KZT per 1000 population”; their size shows they are KZT per resident. Semey's X4 (5,316,940) is about ten times too large (see “Published vs recomputed”); it is kept as printed.",
      headers: [
        "X1 unemployment rate, %",
        "X2 crude death rate, per 1000",
        "X3 average monthly nominal wage, KZT",
        "X4 industrial output per 1000 population",
        "X5 investment in fixed capital per 1000 population",
        "X6 goods and services per 1000 population",
      ],
    },
    t45: {
      title: "Table 45. Partial and integral indices of innovation activity of the districts",
      note: "Indices on 0..1, as printed (the raw indicators are not published).",
      headers: [
        "Row number as printed",
        "I_T share of innovative goods in shipped goods",
        "I_O share of organisations with innovations",
        "I_TO advanced technologies per R&D organisation",
        "I_TP advanced technologies per 1000 R&D staff",
        "I_PO patents per R&D organisation",
        "I_PP patents per 1000 R&D staff",
        "Integral index (printed)",
      ],
    },
    t36: {
      title: "Table 36. Innovation indicators of Kazakhstan (aggregate of the regions), 2013–2018",
      note: "X1–X3 million KZT, X4 and X5 counts as labelled; E1 = X1/X2 and E2 = X1/X3 are ratios (E1–E5 are called R1–R5 in Tables 34 and 38).",
      year: "Year",
      headers: [
        "X1 innovative products",
        "X2 costs of technological innovation",
        "X3 expenditure on R&D",
        "X4 patent applications",
        "X5 advanced technologies used",
        "E1 (R1) innovative products / technological innovation costs",
        "E2 (R2) innovative products / R&D expenditure",
        "E3 (R3) innovative products per researcher",
        "E4 (R4) patents / R&D",
        "E5 (R5) innovative products / fixed assets",
      ],
    },
  },
  activity: {
    title: "Formula (3): level of innovation activity, Table 15 (2020)",
    steps: [
      "Lact = N_i / N_tre × 100: the share of surveyed enterprises that had innovations of any type, %.",
      "Step 1: divide the enterprises with innovations by the enterprises surveyed and multiply by 100. Step 2: round to one decimal, as the table prints. Step 3: compare with the printed level.",
    ],
    headers: {
      enterprises: "Enterprises surveyed, N_tre",
      innovating: "Enterprises with innovations, N_i",
      level: "Lact = N_i / N_tre × 100, %",
      rounded: "Rounded to 1 decimal",
      published: "Published (Table 15), %",
    },
  },
  depressivity: {
    title: "Formulas (10)–(11): depressivity of the 19 territorial units, Table 40",
    steps: [
      "Step 1, partial assessment (жеке бағалау) of each indicator over the 19 units (the region total is left out): formula (10) for indicators where higher is better, Y = (A − A_min) / (A_max − A_min); formula (11) where lower is better (unemployment X1, mortality X2), Y = 1 − (A − A_min) / (A_max − A_min). Y = 1 is the best value of the indicator, 0 the worst.",
      "Step 2, depressivity = 1 − mean of the six Y (higher = more depressed). Step 3, rank with RANK.EQ: 1 = the most depressed. Step 4, five levels from “lowest” to “very high” by the k-means method.",
      "The dissertation publishes no composite and no overall grouping; steps 2–4 are the add-in's reading of the text (equal weights). Semey's X4 is used as printed.",
    ],
    yHeader: "Y{k}, formula ({formula})",
    headers: {
      mean: "Mean of Y1…Y6",
      score: "Depressivity = 1 − mean",
      rank: "Rank (1 = most depressed)",
      level: "Level (MATCH on the bounds below)",
      label: "Level label",
    },
    boundsTitle: "Levels by the k-means method (k = 5)",
    boundsNote:
      "Optimal one-dimensional k-means (Ckmeans) cannot be written as an ordinary formula. Aimaq found the five groups of the depressivity score; the lower bound of each level below is the midpoint between neighbouring groups, and MATCH places each unit.",
    boundsHeaders: ["Level", "Label", "Lower bound of the score", "Units"],
  },
  integral: {
    title: "Integral innovation index of the districts, Table 45",
    steps: [
      "INT = (I_T · I_O · I_TO · I_TP · I_PO · I_PP)^(1/6): the geometric mean of the six partial indices. The text takes zero indices as “infinitely small”: each index is first raised to at least ε.",
      "Step 1: max(I, ε) for each index. Step 2: GEOMEAN of the six. Step 3: round to three decimals and compare with the printed index. The arithmetic mean is shown for comparison: it does not give the published numbers.",
    ],
    epsilon: "ε (zero floor)",
    floorHeader: "max({code}, ε)",
    headers: {
      integral: "Integral index = GEOMEAN",
      rounded: "Rounded to 3 decimals",
      published: "Published (Table 45)",
      arithmetic: "Arithmetic mean (for comparison)",
      note: "Note",
    },
    duplicateOf: "copies row {row} digit for digit",
    reproducedCount: "Rows reproduced (✓ or ≈)",
  },
  complex: {
    title: "Formulas (5)–(9): complex coefficient of innovation activity, Table 36 (Kazakhstan, 2013–2018)",
    steps: [
      "For each of the ten indicators over the last three years (2016–2018): O = mean level; T = mean growth coefficient, the geometric mean of the three annual coefficients.",
      "I_O = (O − O_min) / (O_max − O_min), formula (7) in the direct form that reproduces Table 38 (the printed form, (O_max − O) / (O_max − O_min), reproduces none); I_T = (T − T_min) / (T_max − T_min), formula (8), min and max over the window's annual values.",
      "I = 0.5 · I_T + 0.5 · I_O, formula (6); K = mean of the ten I, formula (9). 0 = no innovation activity, 1 = intensive and efficient.",
    ],
    growth: "Growth coefficient {year}/{previous}",
    rows: {
      O: "O = mean level 2016–2018",
      Omin: "O_min (2016–2018)",
      Omax: "O_max (2016–2018)",
      IO: "I_O = (O − O_min) / (O_max − O_min)",
      T: "T = GEOMEAN of the growth coefficients 2016–2018",
      Tmin: "T_min (2016–2018)",
      Tmax: "T_max (2016–2018)",
      IT: "I_T = (T − T_min) / (T_max − T_min)",
      I: "I = 0.5 · I_T + 0.5 · I_O",
      K: "K = mean of the ten I, formula (9)",
    },
    publishedTitle: "Table 38 as printed, and marks",
    publishedRow: "Published {statistic}",
    markRow: "Mark {statistic}",
    kPublished: "K published",
    kFromPrinted: "K from the ten printed I (AVERAGE)",
    iFromPrinted: "I from the printed parts, 0.5 · I_T + 0.5 · I_O",
  },
  resources: {
    title: "Formula (2) and resource shares: Table 25 beside Table 26 (2019 shares)",
    steps: [
      "Labour productivity LP = GRP / E (formula 1) needs the gross product of each district, which is not published. Formula (2) splits LP = (GRP / FA) · (FA / E); its second factor, the capital-labour ratio KL = FA / E (қормен қарулану), can be computed from Table 25.",
      "KL = fixed assets (million KZT) / employed (thousand persons) = thousand KZT per employed person. The shares are 100 × unit / region total, as Table 26 computes them for 2019.",
    ],
    headers: {
      ratio: "KL = FA / E, thousand KZT per employed",
      share: "Share of {resource}, %",
      printed: "Table 26, 2019",
    },
    resources: ["economically active population", "employed population", "fixed assets", "enterprises"],
    sumRow: "Sum of the 19 units",
    totalRow: "Region total as printed",
    exactCount: "Cells equal at the printed precision",
    truncatedCount: "Cells truncated in the last digit (≈)",
    wrongCount: "Wrong cells (✗)",
  },
  grouping: {
    title: "One indicator into five groups: Tables 41–43 beside k-means",
    steps: [
      "The dissertation splits the wage X3 (Table 41), industrial output X4 (Table 42) and investment X5 (Table 43) into five groups by the k-means method: 1 = lowest values … 5 = highest. The labels describe the value of the indicator, not the degree of depression.",
      "Optimal one-dimensional k-means (Ckmeans) is not an ordinary formula: AIMAQ.CLASSIFY computes it. Its group bounds, found by Aimaq, stand below as numbers, and MATCH places each unit, so you can check every row.",
    ],
    value: "{code} value",
    publishedGroup: "Published group (Table {table})",
    groupByBounds: "k-means group (MATCH on the bounds)",
    corrected: "X4 with Semey = 531,694",
    correctedGroup: "k-means group, Semey corrected",
    boundsTitle: "Lower bounds of the k-means groups (computed by Aimaq)",
    boundsHeaders: ["Group", "Label", "X3", "X4", "X5", "X4, Semey corrected"],
  },
  errata: {
    title: "Published vs recomputed",
    intro:
      "Every published number that the recomputation does not confirm, and the reason. Recomputed values are formulas that read the worked sheets. See also docs/errata.md of the add-in.",
    headers: ["Erratum id", "Table", "What", "Published", "Recomputed", "Difference", "Mark", "Explanation"],
    items: {
      t15Rows: {
        table: "Table 15",
        what: "Rows where formula (3) gives the printed level",
        why: "Formula (3) reproduces all 20 rows, the region total included.",
      },
      t45Rows: {
        table: "Table 45",
        what: "Rows whose integral index follows from the printed partial indices (geometric mean, ε = 0.00001)",
        why: "9 rows (Abai, Ayagoz, Beskaragai, Zharma, Zaisan, Altai, Kokpekti, Kurshim, Shemonaikha) follow from no single ε. Rows 8, 9, 15, 16 and 17 copy rows 1, 2, 2, 3 and 4 digit for digit, and no column has both a 0 and a 1 as a min–max index over these 19 units must.",
      },
      t45Row: {
        table: "Table 45",
        what: "Row {row}, {unit}: integral index",
        why: "The geometric mean of the printed partial indices (ε = 0.00001) reproduces rows 1–4, 8, 9 and 15–18; these nine rows follow from no single aggregation or ε.",
      },
      t38OX3: {
        table: "Table 38",
        what: "O of X3 (expenditure on R&D)",
        why: "The decimal point was lost: the mean of 2016–2018 is 69,236.3.",
      },
      t38OX1: {
        table: "Table 38",
        what: "O of X1 (innovative products)",
        why: "Truncated, not rounded: the mean of 2016–2018 is 823,243.53 (within one unit of the last printed digit).",
      },
      t38T: {
        table: "Table 38",
        what: "T of {code}",
        why: "T = (x2018 / x2015)^(1/3), the geometric mean of the growth coefficients 2016–2018. Only X3 reproduces exactly; X5, R2 and R5 approximately. The printed T of X1 (1.511) and of R1 (1.442) equal the recomputed T of R3 and R2: the values are shifted between columns.",
      },
      t38IO: {
        table: "Table 38",
        what: "I_O of {code}",
        why: "I_O reproduces for 7 of 10 indicators with the direct form of formula (7) (R4 and R5 only with O rounded as printed; unrounded 0.6111 and 0.6537); X3, X4 and R2 do not. The printed form of formula (7) reproduces none.",
      },
      t38ITRows: {
        table: "Table 38",
        what: "Indicators whose I_T is reproduced",
        why: "No tested definition of T_min and T_max gives the printed I_T.",
      },
      t38I: {
        table: "Table 38",
        what: "I of {code} against its own printed parts, 0.5 · I_T + 0.5 · I_O",
        why: "I ≠ 0.5 · I_T + 0.5 · I_O for these two columns: 0.5 · 0.520 + 0.5 · 0.501 = 0.5105, not 0.516; 0.5 · 0.498 + 0.5 · 0.507 = 0.5025, not 0.472.",
      },
      kPrinted: {
        table: "Table 38",
        what: "K, formula (9), from the ten printed I",
        why: "K is the arithmetic mean of the ten I; the geometric mean would give 0.5000.",
      },
      kRecomputed: {
        table: "Table 38",
        what: "K recomputed from Table 36",
        why: "Recomputed end to end from Table 36, K = 0.4699: the printed I carry the printed I_T, which no definition reproduces.",
      },
      t37E5: {
        table: "Table 37",
        what: "{code}, {period}: growth rate, %",
        why: "The E5 growth rates do not correspond to the E5 series of Table 36.",
      },
      t37Slip: {
        table: "Table 37",
        what: "{code}, {period}: growth rate, %",
        why: "A digit slip (79.7 for 70.7) and the rounding of a different input (145.0 for 146.8).",
      },
      t37X5: {
        table: "Table 37",
        what: "{code}, {period}: growth rate, %",
        why: "Printed as coefficients (1.225, 0.615) in a column of percentages; as coefficients they are right.",
      },
      t36E1: {
        table: "Table 36",
        what: "E1 = X1 / X2, 2014",
        why: "The printed 1.33 is X1 / X2 = 1.3354 truncated, not rounded (1.34).",
      },
      t41: {
        table: "Table 41",
        what: "Units in the same wage group as optimal k-means",
        why: "The published groups are not ordered by the wage: Semey (122,254) is in group 3 while Altai (128,842) and Ulan (117,690) are in group 2.",
      },
      t42: {
        table: "Table 42",
        what: "Units in the same industrial-output group as optimal k-means",
        why: "Semey's X4 is printed ten times too large, and Abai is missing from Table 42.",
      },
      t42Fixed: {
        table: "Table 42",
        what: "The same, with Semey's X4 = 531,694",
        why: "With the corrected value the published groups are ordered by value and differ from the optimum only for Altai (and the missing Abai).",
      },
      t43: {
        table: "Table 43",
        what: "Units in the same investment group as optimal k-means",
        why: "Zaisan (189,054) is placed in group 3 among values of at least 386,777, which contradicts the data.",
      },
      t41Mean: {
        table: "Table 41, text",
        what: "Mean wage of the lowest group, KZT",
        why: "The text's 73,335 KZT is 52.3 % of the regional wage, but the six listed wages average 88,742 KZT.",
      },
      semeyX4: {
        table: "Table 40",
        what: "Regional X4 against the mean of the units weighted by economically active population (Semey as printed)",
        why: "With Semey's printed 5,316,940 the weighted mean is almost twice the regional value.",
      },
      semeyX4Fixed: {
        table: "Table 40",
        what: "The same with Semey's X4 = 531,694",
        why: "Dividing Semey's X4 by ten brings the weighted mean within 1.2 % of the regional value; Table 42 also puts Semey in the “low” group. A tenfold typo.",
      },
      t26Glubokoe: {
        table: "Table 26",
        what: "Glubokoe district: share of the economically active population, 2019, %",
        why: "The printed 35.2 is Glubokoe's level (thousand persons) from Table 25, not its share.",
      },
      t26Zharma: {
        table: "Table 26",
        what: "Zharma district: share of the economically active population, 2019, %",
        why: "The printed 4.93 is Glubokoe's share.",
      },
      t26Cells: {
        table: "Table 26",
        what: "2019 shares equal at the printed precision (of 76)",
        why: "Of the other cells, 10 are truncated in the last digit rather than rounded, and 2 are wrong (above).",
      },
      t25Total: {
        table: "Table 25",
        what: "Economically active population of the region, thousand",
        why: "The 19 units add up to 724.3, not 713.6 (the other three columns add up exactly). Altai's 47.7 is the likely error: 37.0 would close the gap.",
      },
    },
    evidenceTitle: "Evidence for Semey's X4: units weighted by their economically active population (Table 25)",
    evidenceHeaders: ["X4 as printed", "X4, Semey corrected", "Economically active population, thousand"],
  },
  exercises: {
    title: "Exercises",
    intro: "Write your answer in the yellow cell. The answers are on the sheet “{answers}”.",
    headers: ["#", "Task", "Your answer", "Hint"],
    tasks: [
      {
        task: "Compute the level of innovation activity of the whole region by formula (3) from Table 15 (236 enterprises with innovations of 1,831 surveyed).",
        hint: "=236/1831*100, then round to one decimal.",
      },
      {
        task: "Which territorial unit has the highest level of innovation activity in Table 15?",
        hint: "Sort the sheet “{activity}” by the level, or use MAX and MATCH.",
      },
      {
        task: "Which territorial unit is the most depressed (rank 1) by the composite depressivity score?",
        hint: "Look for rank 1 on the sheet “{depressivity}”.",
      },
      {
        task: "On the Data sheet replace Semey's X4 by 531694. What is Semey's partial assessment Y4 then? (Restore 5316940 afterwards.)",
        hint: "Y4 = (A − A_min) / (A_max − A_min); Oskemen then has the largest X4.",
      },
      {
        task: "Compute Oskemen's integral index with the arithmetic mean instead of the geometric mean. Which one gives the published 0.414?",
        hint: "AVERAGE of the six partial indices of row 1 of Table 45.",
      },
      {
        task: "Compute the complex coefficient K from the ten I printed in Table 38. What would the geometric mean give?",
        hint: "AVERAGE and GEOMEAN of the I row of Table 38.",
      },
      {
        task: "Which territorial unit has the largest capital-labour ratio (fixed assets per employed person)?",
        hint: "Column KL on the sheet “{resources}”.",
      },
      {
        task: "Compute Glubokoe district's share of the region's economically active population (Table 25). What does Table 26 print?",
        hint: "=100*35.2/713.6",
      },
      {
        task: "How many units does optimal k-means put into the lowest wage group (X3)? How many does Table 41?",
        hint: "Count the groups equal to 1 on the sheet “{grouping}”.",
      },
    ],
  },
  answers: {
    title: "Answers",
    headers: ["#", "Answer", "Explanation"],
    explanations: [
      "236 / 1,831 × 100 = 12.89 % → 12.9 %, as Table 15 and Table 14 print.",
      "Ayagoz district: 10 / 26 × 100 = 38.46 % → 38.5 %.",
      "{unit}: depressivity {score}; its partial assessments are the lowest on most indicators.",
      "With Semey's X4 = 531,694 the largest X4 is Oskemen's 3,169,601, and Semey's Y4 = (531,694 − 36,837) / (3,169,601 − 36,837).",
      "Arithmetic mean 0.438; the geometric mean gives 0.4136 → 0.414, the published value.",
      "K = 0.5078, as published; the geometric mean of the same ten I is 0.5000, so formula (9) is the arithmetic mean.",
      "{unit}: {value} thousand KZT of fixed assets per employed person.",
      "100 × 35.2 / 713.6 = 4.93 %; Table 26 prints 35.2, the level itself (an error of the source).",
      "{count} units by k-means, the same six as in Table 41; the two partitions part from group 2 upwards.",
    ],
  },
};

/** The shape of the workbook strings, the same in every language. */
export type WorkbookStrings = typeof en;
