/**
 * Numbers that identify a person and have no place in published service records or an honour roll:
 * ID card numbers, phone numbers and volunteer numbers (the national system gives each volunteer a
 * number precisely so that ID numbers are not shown; it is personal all the same).
 */

const ID_CARD = /(?<!\d)(\d{17}[\dXx]|\d{15})(?![\dXx])/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/;
const VOLUNTEER_NUMBER = /(志愿者?编号|志愿者?号|编号)\s*[:：]?\s*[\dA-Za-z-]{4,}/;
/** Any long run of digits: a number of some kind nobody should print here. */
const LONG_NUMBER = /\d{8,}/;

/** What kind of personal number `text` holds, in words for a message, or undefined. */
export function personalNumbers(text: string): string | undefined {
  if (VOLUNTEER_NUMBER.test(text)) return '志愿者编号';
  if (ID_CARD.test(text)) return '身份证号码';
  if (MOBILE.test(text)) return '手机号码';
  if (LANDLINE.test(text)) return '电话号码';
  if (LONG_NUMBER.test(text)) return '一串像证件号或编号的数字';
  return undefined;
}
