import { describe, expect, it } from 'vitest';
import {
  applyPreviewCommand,
  FIT,
  fittedSize,
  MAX_ZOOM,
  MIN_ZOOM,
  viewerKey,
} from '../../src/admin/documents/previewControls.ts';

describe('document preview: zoom, rotation, fit', () => {
  it('zooms in steps between 50% and 400%, and 0 goes back to fit', () => {
    let view = FIT;
    view = applyPreviewCommand(view, 'zoom_in');
    expect(view.zoom).toBe(1.25);
    for (let i = 0; i < 20; i++) view = applyPreviewCommand(view, 'zoom_in');
    expect(view.zoom).toBe(MAX_ZOOM);
    for (let i = 0; i < 20; i++) view = applyPreviewCommand(view, 'zoom_out');
    expect(view.zoom).toBe(MIN_ZOOM);
    expect(applyPreviewCommand({ zoom: 3, rotation: 90 }, 'fit')).toEqual(FIT);
  });

  it('rotates in quarter turns both ways and wraps around', () => {
    expect(applyPreviewCommand(FIT, 'rotate_right').rotation).toBe(90);
    expect(applyPreviewCommand(FIT, 'rotate_left').rotation).toBe(270);
    expect(applyPreviewCommand({ zoom: 1, rotation: 270 }, 'rotate_right').rotation).toBe(0);
  });

  it('fits the whole page in the frame; sideways, width and height swap', () => {
    const page = { width: 800, height: 500 };
    const frame = { width: 400, height: 400 };
    expect(fittedSize(page, frame, FIT)).toEqual({ width: 400, height: 250, scale: 0.5 });
    expect(fittedSize(page, frame, { zoom: 1, rotation: 90 })).toEqual({ width: 250, height: 400, scale: 0.5 });
    expect(fittedSize(page, frame, { zoom: 2, rotation: 180 })).toEqual({ width: 800, height: 500, scale: 1 });
    // Before the image or the frame has a size: natural size, nothing divided by zero.
    expect(fittedSize({ width: 0, height: 0 }, frame, FIT).scale).toBe(1);
  });

  it("keys: arrows move, + − 0 zoom, r / R rotate; with a modifier they are the browser's", () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
      viewerKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect([key('ArrowLeft'), key('ArrowRight'), key('+'), key('='), key('-'), key('0'), key('r'), key('R')]).toEqual([
      'previous',
      'next',
      'zoom_in',
      'zoom_in',
      'zoom_out',
      'fit',
      'rotate_right',
      'rotate_left',
    ]);
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('0', { metaKey: true })).toBeNull();
    expect(key('q')).toBeNull();
  });

  it('keys: v verifies and x rejects the document on screen, either case', () => {
    const key = (k: string) => viewerKey({ key: k, ctrlKey: false, metaKey: false, altKey: false });
    expect([key('v'), key('V'), key('x'), key('X')]).toEqual(['verify', 'verify', 'reject', 'reject']);
    expect(viewerKey({ key: 'v', ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
  });
});
