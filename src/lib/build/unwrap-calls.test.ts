import { describe, expect, it } from 'vitest';
import { unwrapCalls } from './unwrap-calls.ts';

const STUB = 'const K=(f)=>f();';

describe('unwrapCalls', () => {
  it('unwraps a lazy import with or without its emptied preload table, and drops the unused stand-in', () => {
    const code = `${STUB}a??=K(()=>import(\`./a.js\`),[]);b=K(()=>import(\`./b.js\`).then(e=>e.t))`;
    expect(unwrapCalls(code, 'K')).toBe('a??=(import(`./a.js`));b=(import(`./b.js`).then(e=>e.t))');
  });

  it('keeps the expression grouped, so an operator inside cannot bind to what follows', () => {
    expect(unwrapCalls(`${STUB}K(()=>c?x:y).then(f)`, 'K')).toBe('(c?x:y).then(f)');
  });

  it('ignores brackets inside string literals', () => {
    expect(unwrapCalls(`${STUB}K(()=>import(")").then(()=>"(("))`, 'K')).toBe('(import(")").then(()=>"(("))');
  });

  it('leaves calls of another shape, and the stand-in they need', () => {
    const code = `${STUB}await K(async()=>{let{t}=await import(\`./ics.js\`);return t})`;
    expect(unwrapCalls(code, 'K')).toBe(code);
  });

  it('leaves names that only end with the stand-in’s name, and template literals with substitutions', () => {
    const code = `${STUB}xK(()=>y);K(()=>import(\`./\${n}.js\`))`;
    expect(unwrapCalls(code, 'K')).toBe(code);
  });

  it('handles names with a dollar sign', () => {
    expect(unwrapCalls('const $e=(f)=>f();$e(()=>import(`./x.js`))', '$e')).toBe('(import(`./x.js`))');
  });
});
