const n=1e6; const a=new Float64Array(n); for(let i=0;i<n;i++) a[i]=Math.exp(Math.random()*3);
let t=performance.now(); const s=Float64Array.from(a).sort(); console.log('sort',performance.now()-t);
t=performance.now(); Float64Array.from(a).sort(); console.log('sort2',performance.now()-t);
t=performance.now(); const c = Array.from(a); console.log('arr', performance.now()-t);
