/** Zoom and rotation of a document preview; 1 = the whole page fits the frame. */
export interface PreviewView {
  zoom: number;
  /** Clockwise, in quarter turns: 0, 90, 180 or 270. */
  rotation: 0 | 90 | 180 | 270;
}

export const FIT: PreviewView = { zoom: 1, rotation: 0 };

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];
export const MIN_ZOOM = Math.min(...ZOOM_STEPS);
export const MAX_ZOOM = Math.max(...ZOOM_STEPS);

export type PreviewCommand = 'zoom_in' | 'zoom_out' | 'fit' | 'rotate_left' | 'rotate_right';

export function applyPreviewCommand(view: PreviewView, command: PreviewCommand): PreviewView {
  switch (command) {
    case 'zoom_in':
      return { ...view, zoom: ZOOM_STEPS.find((z) => z > view.zoom + 1e-9) ?? MAX_ZOOM };
    case 'zoom_out':
      return { ...view, zoom: [...ZOOM_STEPS].reverse().find((z) => z < view.zoom - 1e-9) ?? MIN_ZOOM };
    case 'fit':
      return FIT;
    case 'rotate_left':
      return { ...view, rotation: ((view.rotation + 270) % 360) as PreviewView['rotation'] };
    case 'rotate_right':
      return { ...view, rotation: ((view.rotation + 90) % 360) as PreviewView['rotation'] };
  }
}

/** The viewer's keyboard: ← → move between documents; + − zoom; 0 fits; r / R rotate; v verifies, x rejects. */
export type ViewerKey = PreviewCommand | 'previous' | 'next' | 'verify' | 'reject';

export function viewerKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ViewerKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowLeft':
    case 'k':
      return 'previous';
    case 'ArrowRight':
    case 'j':
      return 'next';
    case '+':
    case '=':
      return 'zoom_in';
    case '-':
      return 'zoom_out';
    case '0':
      return 'fit';
    case 'r':
      return 'rotate_right';
    case 'R':
      return 'rotate_left';
    case 'v':
    case 'V':
      return 'verify';
    case 'x':
    case 'X':
      return 'reject';
    default:
      return null;
  }
}

/** The size a page of `width` × `height` takes once rotated and scaled to fit `frame` at `zoom`. */
export function fittedSize(
  natural: { width: number; height: number },
  frame: { width: number; height: number },
  view: PreviewView,
): { width: number; height: number; scale: number } {
  const sideways = view.rotation === 90 || view.rotation === 270;
  const w = sideways ? natural.height : natural.width;
  const h = sideways ? natural.width : natural.height;
  const fit = w > 0 && h > 0 && frame.width > 0 && frame.height > 0 ? Math.min(frame.width / w, frame.height / h) : 1;
  const scale = fit * view.zoom;
  return { width: w * scale, height: h * scale, scale };
}
