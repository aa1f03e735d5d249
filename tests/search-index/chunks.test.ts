import { describe, expect, it } from 'vitest';
import { chunkRanges, groupByFirstCharacter, packGroups, type IndexWord } from '../../src/search-index/chunks.ts';
import { unreachableWords } from './pagefind-runtime.ts';

const words = (...list: string[]): IndexWord[] => list.map((word) => [word, []]);
const names = (chunks: IndexWord[][]) => chunks.map((chunk) => chunk.map(([word]) => word));

describe('cutting the word list into chunks', () => {
  it('groups consecutive words by their first character, astral characters included', () => {
    const groups = groupByFirstCharacter(words('主任', '主体', '位', '位一', '𠀀甲', '𠀀乙', '关'));
    expect(names(groups)).toEqual([['主任', '主体'], ['位', '位一'], ['𠀀甲', '𠀀乙'], ['关']]);
  });

  it('never separates words that begin with the same character', () => {
    const groups = groupByFirstCharacter(words('区', '区委', '区政府', '医', '医疗', '医院'));
    const chunks = packGroups(groups, 2, () => 1);
    expect(names(chunks)).toEqual([
      ['区', '区委', '区政府'],
      ['医', '医疗', '医院'],
    ]);
  });

  it('packs whole groups up to the byte target, in order', () => {
    const groups = groupByFirstCharacter(words('一', '七', '万', '三', '上', '下'));
    expect(names(packGroups(groups, 2, () => 1))).toEqual([
      ['一', '七'],
      ['万', '三'],
      ['上', '下'],
    ]);
    expect(names(packGroups(groups, 100, () => 1))).toEqual([['一', '七', '万', '三', '上', '下']]);
  });

  it('labels ranges by Pagefind’s rule: outer words whole, each cut by the shortest telling prefixes', () => {
    // The example of Pagefind's own indexer test (pagefind/src/index/mod.rs, build_chunk_meta).
    const chunks = [words('apple'), words('apricot', 'banana'), words('peach')];
    expect(chunkRanges(chunks)).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });
});

describe('which chunk a query term loads', () => {
  const everyPrefixReachesItsWord = (chunks: IndexWord[][]) => unreachableWords(chunkRanges(chunks), chunks);

  it('misses words when a cut falls between words sharing a first character, as Pagefind cuts', () => {
    expect(everyPrefixReachesItsWord([words('三', '主任', '主体'), words('主动', '位')])).toContain('主 → 主动');
  });

  it('reaches every word from each of its prefixes when cuts fall only between first characters', () => {
    const all = words('主任', '主体', '主动', '位', '位一', '区', '区委', '区政府', '医', '医疗');
    const chunks = packGroups(groupByFirstCharacter(all), 3, () => 1);
    expect(chunks.length).toBeGreaterThan(2);
    expect(everyPrefixReachesItsWord(chunks)).toEqual([]);
  });
});
