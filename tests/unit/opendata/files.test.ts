// The names and the sizes the data page shows.
import { expect, test } from 'vitest';
import { dataFileNames, fileName, sizeText } from '../../../src/opendata/files.ts';

test('each data set has a CSV, a JSON and a JSON Schema file', () => {
  expect(fileName('acteurs', 'csv')).toBe('acteurs.csv');
  expect(fileName('acteurs', 'schema')).toBe('acteurs.schema.json');
  expect(dataFileNames()).toHaveLength(12);
  expect(new Set(dataFileNames()).size).toBe(12);
});

test('sizes are written as a French reader expects them', () => {
  expect(sizeText(812)).toBe('812 octets');
  expect(sizeText(50_683)).toBe('50,7 ko');
  expect(sizeText(100_638)).toBe('101 ko');
  expect(sizeText(2_000)).toBe('2 ko');
});
