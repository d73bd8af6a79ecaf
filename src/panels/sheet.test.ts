import { describe, expect, it } from 'vitest';
import { freeBand, revealScroll } from './sheet';

describe('freeBand', () => {
  const viewport = { width: 390, height: 844 };
  it('is the rows above a sheet across the bottom', () => {
    expect(freeBand(viewport, { left: 0, right: 390, top: 464, bottom: 844 })).toEqual({ top: 0, bottom: 464 });
  });
  it('is the whole window beside a side sheet, a floating panel, or none', () => {
    expect(freeBand({ width: 844, height: 390 }, { left: 460, right: 844, top: 0, bottom: 390 })).toEqual({ top: 0, bottom: 390 });
    expect(freeBand({ width: 1280, height: 800 }, { left: 838, right: 1267, top: 120, bottom: 787 })).toEqual({ top: 0, bottom: 800 });
    expect(freeBand(viewport, null)).toEqual({ top: 0, bottom: 844 });
  });
});

describe('revealScroll', () => {
  const band = { top: 0, bottom: 464 };
  it('moves nothing when the target is in the band with its margin', () => {
    expect(revealScroll({ top: 392, bottom: 439 }, band)).toBe(0);
    expect(revealScroll({ top: 12, bottom: 452 }, band)).toBe(0);
  });
  it('scrolls down just enough for a target under the band, up for one above it', () => {
    expect(revealScroll({ top: 560, bottom: 640 }, band)).toBe(640 - 452);
    expect(revealScroll({ top: -100, bottom: -20 }, band)).toBe(-112);
    expect(revealScroll({ top: 5, bottom: 60 }, band)).toBe(-7);
  });
  it('puts the top of a target taller than the band at the band’s top', () => {
    expect(revealScroll({ top: 193, bottom: 657 }, band, 0)).toBe(193);
    expect(revealScroll({ top: 193, bottom: 900 }, band)).toBe(181);
  });
});
