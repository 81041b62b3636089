import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../model/export/svg/svgMarkup';
import { indexById, parseSvg } from './svgTree';

describe('parseSvg', () => {
  it('reads elements, attributes and text, with entities and CDATA', () => {
    const root = parseSvg(
      `<?xml version="1.0"?><!-- a comment --><svg width="10" viewBox='0 0 1 1'>` +
        `<g id="a"><text x="1">${escapeXml(`Tom & "Jerry" <3 'ok'`)}&#x41;&#66;<![CDATA[<raw>]]></text><rect/></g></svg>`,
    );
    expect(root.attrs).toEqual({ width: '10', viewBox: '0 0 1 1' });
    const g = root.children[0]!;
    expect(typeof g !== 'string' && g.name).toBe('g');
    const text = typeof g !== 'string' ? g.children[0] : undefined;
    expect(typeof text !== 'string' && text?.children.filter((c) => typeof c === 'string').join('')).toBe(
      `Tom & "Jerry" <3 'ok'AB<raw>`,
    );
    expect(indexById(root).get('a')).toBe(g);
  });

  it('throws a clear error on broken markup', () => {
    expect(() => parseSvg('<svg><g></svg>')).toThrow('SVG: unexpected </svg>');
    expect(() => parseSvg('<svg><g>')).toThrow('SVG: <g> is never closed');
    expect(() => parseSvg('<html></html>')).toThrow('SVG: the document has no <svg> root');
    expect(() => parseSvg('<svg><g')).toThrow('SVG: the markup ends inside a tag');
  });
});
