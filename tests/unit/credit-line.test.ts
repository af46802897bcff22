import { expect, it } from 'vitest';
import { creditLine } from '../../src/lib/credit-line';

it('puts 图： before a bare credit, and not before one that says what it is', () => {
  expect(creditLine('县文明实践中心')).toBe('图：县文明实践中心');
  expect(creditLine('摄影：县文明实践中心')).toBe('摄影：县文明实践中心');
  expect(creditLine('图片: 新华社')).toBe('图片: 新华社');
  expect(creditLine('示例插图（程序生成）')).toBe('图：示例插图（程序生成）');
});
