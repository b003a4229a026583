import { ckmeans } from "../src/core/ckmeans";
import * as ss from "simple-statistics";
console.log(ckmeans([1,2,3,10,11,12],2));
console.log(ckmeans([5,5,5],3));
const n=1e6; const a=new Float64Array(n); for(let i=0;i<n;i++) a[i]=Math.exp(Math.random()*3);
let t=performance.now(); const r=ckmeans(a,5); console.log('ours',performance.now()-t, r.size);
t=performance.now(); const b=Float64Array.from(a).sort(); console.log('sort',performance.now()-t);
t=performance.now(); const s=ss.ckmeans(Array.from(a),5); console.log('ss',performance.now()-t, s.map(c=>c.length));
