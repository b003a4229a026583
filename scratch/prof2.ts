import { ckmeans } from "../src/core/ckmeans";
const n=1e6; const a=new Float64Array(n); for(let i=0;i<n;i++) a[i]=Math.exp(Math.random()*3);
for (const k of [1,2,3,4,5,5,5]) { const t=performance.now(); ckmeans(a,k); console.log(k, performance.now()-t); }
