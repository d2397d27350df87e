/**
 * Build-time only, for astro.config.mjs's dropPreloadHelper, on each built chunk:
 * `name(()=>EXPR,[])` or `name(()=>EXPR)` → `(EXPR)`, for every call in `code` whose EXPR balances its brackets
 * outside string literals (the shape the preload wrapper leaves once its table is gone);
 * `name` (the one-line `const name=(f)=>f();` that stands in for Vite's preload helper) is
 * removed when no call to it is left, and stays for any call of another shape (an async body).
 */
export function unwrapCalls(code: string, name: string): string {
  const open = `${name}(()=>`;
  let out = '';
  let from = 0;
  for (let at = code.indexOf(open); at !== -1; at = code.indexOf(open, from)) {
    const start = at + open.length;
    let depth = 0;
    let quote = '';
    let end = -1;
    let tail = 0;
    for (let i = start; i < code.length && end === -1; i++) {
      const c = code.charAt(i);
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '`' || c === '"' || c === "'") quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c) && --depth < 0) break;
      if (quote || depth !== 0) continue;
      tail = code.startsWith(',[])', i + 1) ? 4 : code[i + 1] === ')' ? 1 : 0;
      if (tail) end = i + 1;
    }
    const boundary = at === 0 || !/[\w$.]/.test(code.charAt(at - 1));
    if (end === -1 || !boundary || code.slice(start, end).includes('${')) {
      out += code.slice(from, start);
      from = start;
      continue;
    }
    out += `${code.slice(from, at)}(${code.slice(start, end)})`;
    from = end + tail;
  }
  out += code.slice(from);
  // The one-line stand-in itself goes when no call is left.
  const stub = `const ${name}=(f)=>f();`;
  const rest = out.replace(stub, '');
  const called = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\(`).test(rest);
  return called ? out : rest;
}
