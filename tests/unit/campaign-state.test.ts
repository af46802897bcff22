import { describe, expect, it } from 'vitest';
import { campaignState, endOfDay, featuredCampaign } from '../../src/lib/campaign-state';
import { parseBeijingTime } from '../../src/lib/beijing-time';

const at = (s: string) => parseBeijingTime(s)!;
const month = { id: 'march', start: at('2026-03-01'), end: at('2026-03-31') };

describe('campaignState', () => {
  it('is upcoming before the first day, ongoing through the whole last day, ended after', () => {
    expect(campaignState(month, at('2026-02-28 23:59'))).toBe('upcoming');
    expect(campaignState(month, at('2026-03-01 00:00'))).toBe('ongoing');
    expect(campaignState(month, at('2026-03-31 23:59'))).toBe('ongoing');
    expect(campaignState(month, at('2026-04-01 00:00'))).toBe('ended');
  });
  it('ends a day at 23:59:59.999 Beijing time', () => {
    expect(endOfDay(at('2026-03-31 08:00')).toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });
});

describe('featuredCampaign', () => {
  const year = { id: 'year', start: at('2026-01-01'), end: at('2026-12-31') };
  const autumn = { id: 'autumn', start: at('2026-10-01'), end: at('2027-01-31') };
  it('leads with the running campaign that ends soonest', () => {
    expect(featuredCampaign([year, month, autumn], at('2026-03-10'))?.id).toBe('march');
    expect(featuredCampaign([year, autumn], at('2026-11-01'))?.id).toBe('year');
  });
  it('otherwise shows the next one to start, else the last one that ended', () => {
    expect(featuredCampaign([month, autumn], at('2026-05-01'))?.id).toBe('autumn');
    expect(featuredCampaign([month, autumn], at('2027-06-01'))?.id).toBe('autumn');
    expect(featuredCampaign([], at('2027-06-01'))).toBeUndefined();
  });
});
