import { styled, type Theme } from '@mui/material/styles';

const cellStyles = new WeakMap<Theme, object>();

/**
 * The styles of every text a table cell shows, as one rule per theme chosen by
 * class names (`caption`, `secondary`, `disabled`, `success`, `strong`, `bold`,
 * `num`, `nowrap`, `ellipsis`, `block`), instead of a Typography with its own
 * `sx` per cell: a queue page draws ~250 cells, and each Typography with an
 * `sx` costs a style serialisation and a theme lookup on every render.
 */
const stylesFor = (theme: Theme) => {
  let styles = cellStyles.get(theme);
  if (!styles) {
    const { body2, caption } = theme.typography;
    const font = (t: typeof body2) => ({
      fontFamily: t.fontFamily,
      fontSize: t.fontSize,
      fontWeight: t.fontWeight,
      lineHeight: t.lineHeight,
      letterSpacing: t.letterSpacing,
    });
    styles = {
      margin: 0,
      ...font(body2),
      '&.caption': font(caption),
      '&.secondary': { color: theme.palette.text.secondary },
      // Dimmed data ("未分配", ¥0.00) is still read: text.secondary meets WCAG AA contrast, text.disabled does not.
      '&.disabled': { color: theme.palette.text.secondary },
      '&.success': { color: theme.palette.success.main },
      '&.strong': { fontWeight: 500 },
      '&.bold': { fontWeight: 600 },
      '&.num': { fontVariantNumeric: 'tabular-nums' },
      '&.nowrap': { whiteSpace: 'nowrap' },
      '&.ellipsis': { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
      '&.block': { display: 'block' },
    };
    cellStyles.set(theme, styles);
  }
  return styles;
};

/** A cell's text: `<CellText className="caption secondary">`. */
export const CellText = styled('span')(({ theme }) => stylesFor(theme));
