// Where students sit (game/seminar.ts): a late student, once every match runs, joins the students'
// seat with the fewest students (never a bot's seat from the start, never a full team of MAX_TEAM).
import { describe, expect, it } from 'vitest';
import { MAX_TEAM, placeInTeam } from '../../game/seminar.js';

describe('placeInTeam', () => {
  it('the smallest team first, then the lowest match and seat', () => {
    expect(placeInTeam([
      { match: 0, seat: '0', students: 2 }, { match: 1, seat: '1', students: 1 }, { match: 1, seat: '0', students: 1 }, { match: 0, seat: '2', students: 2 },
    ])).toEqual({ match: 1, seat: '0' });
    expect(placeInTeam([{ match: 2, seat: '1', students: 1 }, { match: 0, seat: '4', students: 1 }])).toEqual({ match: 0, seat: '4' });
  });

  it('never a seat without students (a bot plays it for the whole match) nor a full team', () => {
    expect(MAX_TEAM).toBe(3);
    expect(placeInTeam([{ match: 0, seat: '0', students: 0 }, { match: 0, seat: '1', students: 3 }])).toBeNull();
    expect(placeInTeam([{ match: 0, seat: '0', students: 0 }, { match: 1, seat: '1', students: 2 }])).toEqual({ match: 1, seat: '1' });
    expect(placeInTeam([])).toBeNull();
  });
});
