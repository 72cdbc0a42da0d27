import { formatFen } from '../../domain/money.ts';

/** "1234.56": yuan without sign or grouping, for a spreadsheet cell or an input (formatFen, so no float). */
export const fenToYuanText = (fen: number): string => formatFen(fen).replace(/[¥,]/g, '');
