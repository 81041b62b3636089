/**
 * A small XML reader for the SVG our exports write (model/export/svg, model/export/print): elements,
 * attributes, text and the five entities plus numeric ones. Comments, `<?…?>`, `<!DOCTYPE>` and
 * CDATA are handled; nothing is fetched or run. Runs in Node and in the browser alike.
 */
export interface SvgElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
}
export type SvgNode = SvgElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const cp =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The document's root element. Throws a clear error on markup it cannot read. */
export function parseSvg(markup: string): SvgElement {
  const root: { children: SvgNode[] } = { children: [] };
  const stack: { name: string; children: SvgNode[] }[] = [];
  const top = () => stack.at(-1) ?? root;
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    const textEnd = lt < 0 ? markup.length : lt;
    if (textEnd > i && stack.length > 0) top().children.push(decodeEntities(markup.slice(i, textEnd)));
    if (lt < 0) break;
    if (markup.startsWith('<!--', lt)) {
      i = after(markup, '-->', lt);
    } else if (markup.startsWith('<![CDATA[', lt)) {
      const end = after(markup, ']]>', lt);
      top().children.push(markup.slice(lt + 9, end - 3));
      i = end;
    } else if (markup[lt + 1] === '?' || markup[lt + 1] === '!') {
      i = after(markup, '>', lt);
    } else if (markup[lt + 1] === '/') {
      const end = after(markup, '>', lt);
      const name = markup.slice(lt + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`SVG: unexpected </${name}>`);
      i = end;
    } else {
      const end = after(markup, '>', lt);
      const selfClosing = markup[end - 2] === '/';
      const body = markup.slice(lt + 1, selfClosing ? end - 2 : end - 1);
      const name = /^[^\s/>]+/.exec(body)?.[0];
      if (!name) throw new Error('SVG: a tag without a name');
      const attrs: Record<string, string> = {};
      for (const m of body.slice(name.length).matchAll(ATTR)) {
        attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
      }
      const element = { name, attrs, children: [] as SvgNode[] };
      top().children.push(element);
      if (!selfClosing) stack.push(element);
      i = end;
    }
  }
  if (stack.length > 0) throw new Error(`SVG: <${stack.at(-1)!.name}> is never closed`);
  const svg = root.children.find((n): n is SvgElement => typeof n !== 'string');
  if (!svg || svg.name !== 'svg') throw new Error('SVG: the document has no <svg> root');
  return svg;
}

function after(markup: string, token: string, from: number): number {
  const at = markup.indexOf(token, from);
  if (at < 0) throw new Error('SVG: the markup ends inside a tag');
  return at + token.length;
}

/** Every element with an id, for `url(#…)` references (gradients, markers). */
export function indexById(root: SvgElement): Map<string, SvgElement> {
  const byId = new Map<string, SvgElement>();
  const walk = (el: SvgElement) => {
    if (el.attrs.id) byId.set(el.attrs.id, el);
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return byId;
}
