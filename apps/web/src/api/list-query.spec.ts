import { listPath } from './list-query';

describe('listPath', () => {
  it('never sends a parameter twice (the composer once asked for ?pageSize=100&page=1&pageSize=100 and got 400)', () => {
    expect(listPath('/issues?pageSize=100', { page: 1, pageSize: 100 })).toBe('/issues?pageSize=100&page=1');
    expect(listPath('/issues?status=rectified&q=17', { page: 2, pageSize: 10 })).toBe('/issues?status=rectified&q=17&page=2&pageSize=10');
  });

  it('leaves out empty filters and removes a parameter set to null', () => {
    expect(listPath('/overdue', { zoneId: '', severity: undefined, minDaysOverdue: 3 })).toBe('/overdue?minDaysOverdue=3');
    expect(listPath('/alerts?state=active&page=2', { page: null, format: 'csv' })).toBe('/alerts?state=active&format=csv');
    expect(listPath('/inbox', {})).toBe('/inbox');
  });

  it('encodes document numbers and Chinese search words', () => {
    expect(decodeURIComponent(listPath('/issues', { q: '示范县督问〔2026〕17号' }))).toBe('/issues?q=示范县督问〔2026〕17号');
  });
});
