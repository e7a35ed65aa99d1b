import { describe, expect, it } from 'vitest';
import { charWidth, signatureIndents } from './signature';

describe('charWidth', () => {
  it('counts digits as half a character', () => {
    expect(charWidth('2022年2月1日')).toBe(6);
    expect(charWidth('市中区人民政府办公室')).toBe(10);
  });
});

describe('signatureIndents', () => {
  it('puts the office two characters from the margin and the date two characters right of its start', () => {
    const office = '市中区人民政府办公室';
    const date = '2022年2月1日';
    const i = signatureIndents(office, date);
    expect(i.office).toBe(2);
    const officeStart = -(i.office + charWidth(office));
    const dateStart = -(i.date + charWidth(date));
    expect(dateStart - officeStart).toBe(2);
  });

  it('when the date is the longer one, the date keeps two characters from the margin', () => {
    const office = '区教体局';
    const date = '2022年12月31日';
    const i = signatureIndents(office, date);
    expect(i.date).toBe(2);
    const officeStart = -(i.office + charWidth(office));
    const dateStart = -(i.date + charWidth(date));
    expect(dateStart - officeStart).toBe(2);
  });

  it('without an office, the date sits four characters from the margin', () => {
    expect(signatureIndents(null, '2022年2月1日').date).toBe(4);
  });
});
