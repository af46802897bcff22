export type CampaignState = 'upcoming' | 'ongoing' | 'ended';

export interface Dated {
  start: Date;
  end: Date;
}

export const CAMPAIGN_STATE_LABEL: Record<CampaignState, string> = {
  upcoming: '即将开始',
  ongoing: '正在进行',
  ended: '已结束',
};

/** A campaign runs from its start day through the whole of its end day. */
export function campaignState(campaign: Dated, now: Date): CampaignState {
  if (now < campaign.start) return 'upcoming';
  if (now <= endOfDay(campaign.end)) return 'ongoing';
  return 'ended';
}

/** End dates are written as days ("2026-03-31" = 00:00); the campaign lasts until that day ends. */
export function endOfDay(date: Date): Date {
  const BEIJING = 8 * 3_600_000;
  const DAY = 86_400_000;
  const dayStart = Math.floor((date.getTime() + BEIJING) / DAY) * DAY - BEIJING;
  return new Date(dayStart + DAY - 1);
}

/**
 * The campaign the home page leads with: one running now (the one ending soonest, as it is the most
 * urgent), else the next to start, else the one that ended last.
 */
export function featuredCampaign<T extends Dated>(campaigns: readonly T[], now: Date): T | undefined {
  const byState = (s: CampaignState) => campaigns.filter((c) => campaignState(c, now) === s);
  const ongoing = byState('ongoing').sort((a, b) => +a.end - +b.end);
  if (ongoing[0]) return ongoing[0];
  const upcoming = byState('upcoming').sort((a, b) => +a.start - +b.start);
  if (upcoming[0]) return upcoming[0];
  return byState('ended').sort((a, b) => +b.end - +a.end)[0];
}
