// The read-ahead of a stored list's batches: in order, at most `diepte` asked ahead, nothing asked
// after the list's end, a failed read given to the caller with its own batch.
import { vooruitlezer } from '../../src/api/leerlingen/vooruitlezen';

const wacht = () => new Promise((r) => setImmediate(r));

it('gives the batches in order and asks two ahead, never past the end', async () => {
  const gevraagd: number[] = [];
  const lees = vooruitlezer(async () => 1, async (v) => (v < 5 ? v + 1 : null), async (v) => { gevraagd.push(v); return `rijen ${v}`; });
  const eerste = await lees();
  expect(eerste).toEqual({ ids: 1, rijen: 'rijen 1' });
  await wacht();
  // while batch 1 is evaluated, the rows of 2 and 3 are on their way
  expect(gevraagd).toEqual([1, 2, 3]);
  const rest = [];
  for (let g = await lees(); g !== null; g = await lees()) rest.push(g.ids);
  expect(rest).toEqual([2, 3, 4, 5]);
  expect(gevraagd).toEqual([1, 2, 3, 4, 5]);
  expect(await lees()).toBeNull();
});

it('an empty list is null at once', async () => {
  const rijen = jest.fn();
  const lees = vooruitlezer(async () => null, async () => 1, rijen);
  expect(await lees()).toBeNull();
  expect(rijen).not.toHaveBeenCalled();
});

it('a failed read fails the batch it belongs to, after the batches before it', async () => {
  const lees = vooruitlezer(async () => 1, async (v) => v + 1, async (v) => { if (v === 2) throw new Error('kapot'); return v; });
  expect(await lees()).toEqual({ ids: 1, rijen: 1 });
  await expect(lees()).rejects.toThrow('kapot');
});
