import { describe, expect, it } from 'vitest';
import { personalNumbers } from '../../src/lib/personal-numbers';

describe('personalNumbers', () => {
  it('finds ID card numbers, phone numbers and volunteer numbers', () => {
    expect(personalNumbers('张小明 37172419800101123X')).toBe('身份证号码');
    expect(personalNumbers('身份证 371724198001011234')).toBe('身份证号码');
    expect(personalNumbers('电话 13912345678')).toBe('手机号码');
    expect(personalNumbers('0530-5561234')).toBe('电话号码');
    expect(personalNumbers('志愿者编号：ZY20260001')).toBe('志愿者编号');
    expect(personalNumbers('编号 37172400012345')).toBe('志愿者编号');
    expect(personalNumbers('账号 123456789')).toBe('一串像证件号或编号的数字');
  });
  it('leaves names, notes and ordinary figures alone', () => {
    for (const text of ['张小明', '连续三年每周到敬老院服务', '2025 年服务 320 小时', 'jinhui-zhulao', '1500.5']) {
      expect(personalNumbers(text), text).toBeUndefined();
    }
  });
});
