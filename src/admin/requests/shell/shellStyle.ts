import { DARK_PALETTE, FONT_STACK, LIGHT_APP_BAR, LIGHT_PALETTE } from '../../palette.ts';
import type { Tone } from '../../common/tone.ts';

/** The colours MUI derives from the palette (theme.ts), spelt as CSS: the same formulas, so the same pixels. */
const colours = (dark: boolean) => {
  const p = dark ? DARK_PALETTE : LIGHT_PALETTE;
  // MUI's dark defaults where the palette gives none (text, divider).
  const text = dark ? '#fff' : LIGHT_PALETTE.text.primary;
  const secondary = dark ? 'rgba(255,255,255,0.7)' : LIGHT_PALETTE.text.secondary;
  const divider = dark ? 'rgba(255,255,255,0.12)' : LIGHT_PALETTE.divider;
  // TableCell's border: the divider made opaque, then lightened 88% (light) or darkened 68% (dark).
  const cellBorder = dark ? 'rgb(81,81,81)' : `color-mix(in srgb, ${LIGHT_PALETTE.divider} 12%, #fff)`;
  // ToneChip: a soft background of the colour, text in its dark (light theme) or light (dark theme) shade.
  const soft = (main: string) => `color-mix(in srgb, ${main} ${dark ? 22 : 12}%, transparent)`;
  const ink = (main: string) =>
    dark ? `color-mix(in srgb, ${main} 80%, #fff)` : `color-mix(in srgb, ${main} 70%, #000)`;
  const tone = (main: string, inkColour = ink(main)) => `background:${soft(main)};color:${inkColour}`;
  const tones: Record<Tone, string> = {
    info: tone(dark ? '#29b6f6' : LIGHT_PALETTE.info.main),
    progress: tone(
      p.primary.main,
      dark ? `color-mix(in srgb, ${p.primary.main} 80%, #fff)` : LIGHT_PALETTE.primary.dark,
    ),
    waiting: tone(p.warning.main),
    success: tone(p.success.main),
    danger: tone(p.error.main),
    neutral: `background:color-mix(in srgb, ${text} 9%, transparent);color:${text}`,
    muted: `background:color-mix(in srgb, ${text} 5%, transparent);color:${secondary}`,
  };
  // MUI's standard Alert: the colour's light shade (main lightened 20%) pushed 90% to the page's end, text 60% to the other.
  const warnLight = `color-mix(in srgb, ${p.warning.main} 80%, #fff)`;
  const alert = dark
    ? `background:color-mix(in srgb, ${warnLight} 10%, #000);color:color-mix(in srgb, ${warnLight} 40%, #fff)`
    : `background:color-mix(in srgb, ${warnLight} 10%, #fff);color:color-mix(in srgb, ${warnLight} 40%, #000)`;
  return {
    p,
    text,
    secondary,
    divider,
    cellBorder,
    tones,
    alert,
    // The selected count's text: MUI's contrast text for the primary colour.
    onPrimary: dark ? 'rgba(0,0,0,0.87)' : '#fff',
    selected: dark ? 'rgba(255,255,255,0.16)' : 'rgba(0,0,0,0.08)',
    bar: dark ? p.background.paper : LIGHT_APP_BAR,
  };
};

/**
 * The first paint's look, one style sheet: the app bar, the menu's column,
 * the filter row and tab strip's heights, and the table's cells as MUI's
 * TableCell (size small, theme.ts's overrides) and CellText draw them, so
 * the swap to react-admin moves nothing. Measured against the real page in
 * Chromium (1440 and 1024 px, both themes).
 */
export const shellStyle = (dark: boolean): string => {
  const c = colours(dark);
  const caption = 'font-size:11.1429px;line-height:1.66;letter-spacing:0.03333em';
  return `
.cds,.cds *{box-sizing:border-box}
.cds{min-height:100%;background:${c.p.background.default};color:${c.text};font:13px/1.43 ${FONT_STACK};letter-spacing:0.01071em}
.cds-bar{position:sticky;top:0;z-index:2;display:flex;align-items:center;height:48px;padding:0 16px 0 8px;background:${c.bar};color:#fff;font-size:14.857px}
.cds-bar b{margin:0 16px 0 44px;font-weight:700;letter-spacing:1px}
.cds-bar i{width:1px;height:20px;margin-right:16px;background:rgba(255,255,255,0.3)}
.cds-body{display:flex}
.cds-side{flex:0 0 208px}
.cds main{flex:1;min-width:0;padding:0 8px}
.cds-actions{height:64px}
/* Below 1280 px the filters and the action buttons take two lines (RequestList's LIST_SX). */
.cds-actions.two{height:106px}
.cds-card{border:1px solid ${c.divider};border-radius:8px;background:${c.p.background.paper};overflow:hidden}
.cds-alert{display:flex;margin-top:8px;padding:6px 16px;border-radius:6px;${c.alert};line-height:1.43}
.cds-alert svg{flex:0 0 22px;height:22px;margin:7px 12px 7px 0;fill:${c.p.warning.main}}
.cds-alert div{padding:8px 0}
.cds-tabs{display:flex;flex-wrap:wrap;padding:0 8px;border-bottom:1px solid ${c.divider}}
.cds-tabs>span{display:inline-flex;align-items:center;box-sizing:border-box;min-height:48px;padding:0 16px;font-weight:500;line-height:1.75;letter-spacing:normal;color:${c.secondary};border-bottom:2px solid transparent}
.cds-tabs>.on{color:${c.p.primary.main};border-bottom-color:${c.p.primary.main}}
.cds-tabs .count{margin-left:6px;padding:0 6px;min-width:20px;border-radius:10px;font-size:11.52px;line-height:18px;text-align:center;font-variant-numeric:tabular-nums;background:${c.selected};color:${c.secondary}}
.cds-tabs .on .count{background:${c.p.primary.main};color:${c.onPrimary}}
.cds table{width:100%;border-collapse:collapse}
.cds th,.cds td{padding:6px 8px;text-align:left;vertical-align:middle;border-bottom:1px solid ${c.cellBorder};line-height:1.45}
.cds th{font-weight:600;white-space:nowrap}
.cds thead tr{height:32px}
.cds tr:last-child td{border-bottom:0}
.cds .cds-ck{width:22px;padding:0 8px}
.cds .cds-ck span{display:block;box-sizing:border-box;width:17px;height:17px;margin:2.5px;border:2px solid ${c.secondary};border-radius:2px}
.cds td.n{font-weight:600;white-space:nowrap}
.cds td.n a{color:inherit;text-decoration:none}
.cds td.n .c{font-weight:400}
.cds td.h>div{max-width:160px}
.cds .r{text-align:right}
.cds .sort{width:18px;height:18px;margin:0 4px;vertical-align:middle;fill:${c.secondary}}
.cds .sort.up{transform:rotate(180deg)}
.cds td span{display:inline;font-size:13px;line-height:1.43}
.cds .b{display:block}
.cds .s{font-weight:500}
.cds .w{white-space:nowrap}
.cds .e{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cds .c{${caption}}
.cds .g{color:${c.secondary}}
.cds .k{font-weight:600}
.cds .num{font-variant-numeric:tabular-nums}
.cds .ok{color:${c.p.success.main}}
.cds .t{display:inline-flex;flex-direction:column}
.cds .chip{display:inline-flex;align-items:center;box-sizing:border-box;height:22px;max-width:100%;padding:0 8px;border-radius:6px;border:1px solid transparent;font-size:12px;font-weight:500;line-height:1.5;letter-spacing:normal;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:middle}
${Object.entries(c.tones)
  .map(([tone, css]) => `.cds .chip[data-tone="${tone}"]{${css}}`)
  .join('\n')}
.cds .chip.o{background:transparent;border-color:currentColor}
.cds .st{max-width:120px}
.cds .st>div{margin-top:2px;font-size:12px}
.cds .dp{width:64px}
.cds .bar{display:block;height:3px;margin-top:2px;border-radius:2px;overflow:hidden;background:${c.selected}}
.cds .bar>span{display:block;height:100%;background:${c.p.primary.main}}
.cds .bar.ok>span{background:${c.p.success.main}}
`;
};
