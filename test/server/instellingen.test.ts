// LEERPLICHT_LIST_SHARE: off by default, on with a yes-word, and a value that is neither stops the
// start naming the variable (as every flag does).
import { leesInstellingen } from '../../src/server/instellingen';

it('LEERPLICHT_LIST_SHARE is off by default, read as a flag, and a bad value names the variable', () => {
  expect(leesInstellingen({}).lijstenDelen).toBe(false);
  expect(leesInstellingen({ LEERPLICHT_LIST_SHARE: 'true' }).lijstenDelen).toBe(true);
  expect(leesInstellingen({ LEERPLICHT_LIST_SHARE: ' 0 ' }).lijstenDelen).toBe(false);
  expect(() => leesInstellingen({ LEERPLICHT_LIST_SHARE: 'misschien' })).toThrow('LEERPLICHT_LIST_SHARE="misschien": expected true or false');
});
