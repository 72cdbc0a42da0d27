import { describe, expect, it } from 'vitest';
import { phoneMatch } from '../../src/domain/phoneMatch.ts';

// 13812345678 is listed masked as 138****5678.
describe('phoneMatch', () => {
  it('a match inside the masked middle shows the digits searched in place, the rest stays masked', () => {
    expect(phoneMatch('13812345678', '234')).toEqual({ shown: '138*2345678', start: 4, end: 7 });
    expect(phoneMatch('13812345678', '2345')).toEqual({ shown: '138*2345678', start: 4, end: 8 });
  });

  it('a match on the visible ends marks where it is', () => {
    expect(phoneMatch('13812345678', '5678')).toEqual({ shown: '138****5678', start: 7, end: 11 });
    expect(phoneMatch('138-1234-5678', '1381')).toEqual({ shown: '1381***5678', start: 0, end: 4 });
  });

  it('no position for a search that is not digits, too short, or not in the number', () => {
    expect(phoneMatch('13812345678', '王芳')).toBeNull();
    expect(phoneMatch('13812345678', '38')).toBeNull();
    expect(phoneMatch('13812345678', '9999')).toBeNull();
    expect(phoneMatch('13812345678', undefined)).toBeNull();
  });
});
