import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/admin/common/httpFailure.ts';

const translate = (key: string, options?: object) =>
  key === 'ra.notification.http_error' ? '服务器通讯错误' : ((options as { _?: string } | undefined)?._ ?? key);

describe('failureText', () => {
  it('is the server message, then the field errors it does not already say', () => {
    const error = {
      status: 400,
      message: 'Bad Request',
      body: { message: '输入有误：原因必填', errors: { reason: '原因必填', note: '备注过长' } },
    };
    expect(failureText(error, translate)).toBe('输入有误：原因必填 · 备注过长');
  });

  it('falls back to the thrown message, then to the generic HTTP error', () => {
    expect(failureText({ status: 500, message: 'Internal Server Error', body: null }, translate)).toBe(
      'Internal Server Error',
    );
    expect(failureText({ status: 0 }, translate)).toBe('服务器通讯错误');
  });

  it('translates a react-admin message key', () => {
    const t = (key: string) => (key === 'ra.notification.data_provider_error' ? '数据错误' : key);
    expect(failureText({ message: 'ra.notification.data_provider_error' }, t)).toBe('数据错误');
  });
});
