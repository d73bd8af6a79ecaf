// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView } from '../store/url';
import { EMBED_SIZE, embedCodes, viewLink } from './links';

const base = 'https://maps.example.org/gd/';
const view = { ...DEFAULT_VIEW, tier: 'emerging' as const, industries: ['new-energy'], city: '441700' };

describe('viewLink', () => {
  it('gives the view with its language spelled out, default or not', () => {
    expect(viewLink(base, view)).toBe(`${base}?lang=ja&tier=emerging&industries=new-energy&city=441700`);
    expect(viewLink(base, { ...view, lang: 'zh' })).toBe(`${base}?lang=zh&tier=emerging&industries=new-energy&city=441700`);
    expect(viewLink(base, DEFAULT_VIEW)).toBe(`${base}?lang=ja`);
  });

  it('reopens the same view, embed or not', () => {
    for (const v of [view, { ...view, lang: 'en' as const, count: 'named' as const, mainView: 'table' as const }, DEFAULT_VIEW]) {
      expect(parseView(new URL(viewLink(base, v)).search)).toEqual({ view: { ...v, embed: false }, notices: [] });
      expect(parseView(new URL(viewLink(base, v, true)).search)).toEqual({ view: { ...v, embed: true }, notices: [] });
    }
    // An embed view's link to the full app drops embed.
    expect(viewLink(base, { ...view, embed: true })).not.toContain('embed');
  });
});

describe('embedCodes', () => {
  const codes = embedCodes('https://maps.example.org', base, view, 'Guangdong "map" <test> & more');

  it('frames the embed view of the same view', () => {
    expect(codes.src).toBe(`${base}?lang=ja&tier=emerging&industries=new-energy&city=441700&embed=1`);
    const doc = new DOMParser().parseFromString(codes.fixed, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(codes.src);
    expect(frame.getAttribute('width')).toBe(String(EMBED_SIZE.width));
    expect(frame.getAttribute('height')).toBe(String(EMBED_SIZE.height));
    // The title survives quotes and angle brackets as an attribute.
    expect(frame.getAttribute('title')).toBe('Guangdong "map" <test> & more');
  });

  it('gives a full-width variant with the loader that sets its height', () => {
    const doc = new DOMParser().parseFromString(codes.responsive, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.hasAttribute('data-gd-cluster-map')).toBe(true);
    expect(frame.getAttribute('style')).toContain('width:100%');
    expect(frame.getAttribute('src')).toBe(codes.src);
    expect(doc.querySelector('script')!.getAttribute('src')).toBe('https://maps.example.org/embed.js');
  });
});
