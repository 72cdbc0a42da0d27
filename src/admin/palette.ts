/**
 * The app's colours and type face, apart from theme.ts (which imports
 * react-admin) because the boot paints the queue's first rows with them
 * before react-admin is loaded (requests/shell/). theme.ts builds the MUI
 * themes on these.
 */

/** Latin first so digits and ticket numbers keep their shapes; then the CJK faces of each OS. */
export const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Source Han Sans SC"',
  'sans-serif',
].join(',');

export const LIGHT_PALETTE = {
  mode: 'light',
  primary: { main: '#1d5fa8', light: '#4f86c6', dark: '#123f73', contrastText: '#fff' },
  secondary: { main: '#24415f', light: '#4b6785', dark: '#0f2237', contrastText: '#fff' },
  success: { main: '#2e7d4f' },
  warning: { main: '#b26a00' },
  error: { main: '#c62828' },
  info: { main: '#2b6cb0' },
  background: { default: '#f4f6f9', paper: '#ffffff' },
  text: { primary: '#1f2933', secondary: '#5b6673' },
  divider: '#e2e6eb',
} as const;

/** The app bar's colour in the light theme (the secondary colour). */
export const LIGHT_APP_BAR = '#24415f';

export const DARK_PALETTE = {
  mode: 'dark',
  primary: { main: '#7fb0e8' },
  secondary: { main: '#9fb6cf' },
  success: { main: '#6cc08b' },
  warning: { main: '#f0b04a' },
  error: { main: '#f07171' },
  background: { default: '#14181d', paper: '#1c2128' },
} as const;
