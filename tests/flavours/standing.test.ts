import { describe, expect, it } from 'vitest';
import { better, fallsBelow, type Standing } from './standing.ts';

const recorded: Standing = {
  withinBudget: false,
  documentsRight: 8,
  charactersLost: 20,
  charactersExtra: 5,
  blocksIdentical: 0.95,
};

describe('a cell’s standing', () => {
  it('is held when no figure got worse', () => {
    expect(fallsBelow({ ...recorded, blocksIdentical: 0.96 }, recorded)).toEqual([]);
  });

  it('names every figure that got worse', () => {
    const worse: Standing = {
      ...recorded,
      documentsRight: 7,
      charactersLost: 21,
      charactersExtra: 6,
      blocksIdentical: 0.9,
    };
    expect(fallsBelow(worse, recorded)).toEqual([
      'documents right 7, was 8',
      'characters lost 21, was 20',
      'extra characters 6, was 5',
      'blocks identical 0.9, was 0.95',
    ]);
  });

  it('counts a refusal as worse than any conversion, and anything as no worse than a refusal', () => {
    expect(fallsBelow({ refused: true }, recorded)).toEqual([
      'the extraction is refused, where it was converted before',
    ]);
    expect(fallsBelow(recorded, { refused: true })).toEqual([]);
  });

  it('keeps a cell within budget once it was', () => {
    expect(fallsBelow({ ...recorded, withinBudget: false }, { ...recorded, withinBudget: true })).toContain(
      'the budget is missed, where it was met before',
    );
  });

  it('is raised figure by figure, never lowered', () => {
    const mixed: Standing = { ...recorded, documentsRight: 9, charactersLost: 30, blocksIdentical: 0.97 };
    expect(better(mixed, recorded)).toEqual({ ...recorded, documentsRight: 9, blocksIdentical: 0.97 });
    expect(better({ refused: true }, recorded)).toEqual(recorded);
    expect(better(recorded, { refused: true })).toEqual(recorded);
  });
});
