import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { LIST_DEFAULT_PROPS } from './common/listDefaults.tsx';
import { DARK_PALETTE, FONT_STACK, LIGHT_APP_BAR, LIGHT_PALETTE } from './palette.ts';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge of theme option objects (later wins); functions and arrays are replaced, not merged. */
const deepmerge = <T extends object>(target: T, source: object): T => {
  const out: Plain = { ...(target as Plain) };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = isPlain(existing) && isPlain(value) ? deepmerge(existing, value) : value;
  }
  return out as T;
};

const ariaLabel = (ownerState: object): string | undefined => (ownerState as { 'aria-label'?: string })['aria-label'];

/** What both palettes share: the type scale and the dense table/form defaults staff work in all day. */
const invariants: RaThemeOptions = {
  typography: {
    fontFamily: FONT_STACK,
    fontSize: 13,
    h5: { fontWeight: 600, fontSize: '1.25rem' },
    h6: { fontWeight: 600, fontSize: '1.05rem' },
    subtitle2: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
  },
  shape: { borderRadius: 6 },
  sidebar: { width: 208, closedWidth: 52 },
  components: {
    MuiTableCell: {
      styleOverrides: {
        root: { paddingTop: 6, paddingBottom: 6, lineHeight: 1.45 },
        head: { fontWeight: 600, whiteSpace: 'nowrap' },
        sizeSmall: { paddingLeft: 10, paddingRight: 10 },
      },
    },
    MuiTableRow: {
      styleOverrides: { root: { '&:last-child td': { borderBottom: 0 } } },
    },
    MuiChip: {
      defaultProps: { size: 'small' },
      styleOverrides: { sizeSmall: { height: 22, fontSize: '0.75rem' } },
    },
    MuiCard: {
      defaultProps: { variant: 'outlined' },
    },
    MuiPaper: {
      styleOverrides: { outlined: { borderRadius: 8 } },
    },
    MuiTab: {
      styleOverrides: { root: { minHeight: 44, textTransform: 'none', fontWeight: 500 } },
    },
    MuiTabs: {
      styleOverrides: { root: { minHeight: 44 } },
    },
    MuiTooltip: {
      styleOverrides: { tooltip: { fontSize: '0.75rem' } },
    },
    RaList: { defaultProps: LIST_DEFAULT_PROPS },
    MuiCheckbox: {
      // react-admin labels a row's checkbox with `aria-label`, which MUI sets on the
      // root span (no role: a prohibited attribute) and not on the input (no label).
      // Only a checkbox given one is touched: an inputProps label stays as it is.
      defaultProps: {
        slotProps: {
          root: (ownerState: object) => (ariaLabel(ownerState) ? { 'aria-label': undefined } : {}),
          input: (ownerState: object) => (ariaLabel(ownerState) ? { 'aria-label': ariaLabel(ownerState) } : {}),
        },
      },
    },
  },
};

export const lightTheme: RaThemeOptions = deepmerge(
  defaultLightTheme,
  deepmerge(invariants, {
    palette: LIGHT_PALETTE,
    components: {
      MuiAppBar: {
        styleOverrides: { colorSecondary: { backgroundColor: LIGHT_APP_BAR } },
      },
    },
  } satisfies RaThemeOptions),
);

export const darkTheme: RaThemeOptions = deepmerge(
  defaultDarkTheme,
  deepmerge(invariants, {
    palette: DARK_PALETTE,
  } satisfies RaThemeOptions),
);
