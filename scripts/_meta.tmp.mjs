import { build } from 'esbuild';
const fn = process.argv[2];
const r = await build({ stdin:{contents:`import { ${fn} } from './index.js';console.log(${fn});`, resolveDir:'/work/main/dist', loader:'js'}, bundle:true, write:false, format:'esm', platform:'browser', minify:true, metafile:true, external:['zod','zod/*'], logLevel:'silent',define:{'process.env.NODE_ENV':'"production"'}});
const ins = r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs;
const rows = Object.entries(ins).map(([k,v])=>[v.bytesInOutput,k]).sort((a,b)=>b[0]-a[0]);
let tot=0; for (const [b,k] of rows){tot+=b; console.log(b, k);} console.log('total', tot);
const zodImporters = Object.entries(r.metafile.inputs).filter(([k,v])=>v.imports.some(i=>i.path.startsWith('zod'))).map(([k])=>k);
console.log('zod importers:', zodImporters.join('\n'));
