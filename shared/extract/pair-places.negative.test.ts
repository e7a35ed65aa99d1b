import { describe, expect, it } from 'vitest';
import { pairPlaces, withPairPlaces } from './pair-places';

describe('pair-places: negative cases', () => {
  it.each([
    '济南市人民政府办公厅',
    // one place's party committee and government
    '中共济南市委办公厅济南市人民政府办公厅',
    // two governments of different levels
    '山东省人民政府济南市人民政府',
    null,
  ])('finds no pair in %s', (issuer) => {
    expect(pairPlaces(issuer)).toEqual([]);
  });

  it('leaves the names as written with no pair of places', () => {
    expect(withPairPlaces(['两市市委宣传部'], '(两市市委宣传部牵头)', [])).toEqual(['两市市委宣传部']);
  });

  it('leaves a name of another run, after a comma or semicolon, to itself', () => {
    const words = '(两市市委宣传部牵头;市财政局、市商务局配合)';
    expect(withPairPlaces(['市财政局', '市商务局'], words, ['济南市', '临沂市'])).toEqual(['市财政局', '市商务局']);
  });
});
