import * as c from "../src/core";
console.log(c.innovationIndex([[0.525,0.605,0.54,0.403,0.343,0.211],[0.06,0.398,0,0,0.058,0.091]],{input:"partial"}).index);
console.log(c.complexCoefficient([0.574, 0.534, 0.516, 0.318, 0.472, 0.451, 0.474, 0.518, 0.645, 0.576]));
console.log(c.productivityChange({ output: 100, employed: 10, fixedAssets: 200 }, { output: 150, employed: 10, fixedAssets: 300 }));
console.log(c.productivityChange({ output: 100, employed: 10, fixedAssets: 200 }, { output: 100, employed: 10, fixedAssets: 300 }));
console.log(c.innovationComplexAcross([[[1], [2], [3], [4]], [[1], [1], [1], [1]]], 3).map((r) => r.coefficient));
console.log(c.depressivity([[1],[2],[3]],{directions:[-1],k:3}));
console.log(["12,9","176 714","1 831,5","-","x","х","…","н/д","n/a","","−5","1e3"].map(s=>c.parseNumber(s)));
for (const bad of ["12 5","abc","1,234.5",true]) { try { c.parseNumber(bad as any); console.log("no error", bad);} catch(e){ console.log((e as Error).message);} }
