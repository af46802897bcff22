/**
 * What a person typed when asked to choose (a team, a field, a kind of entry), read as generously as
 * is safe: its number in the list, its id, its Chinese name, or a part of either (金晖 → jinhui-zhulao).
 * Two or more that fit are given back to ask again; a near miss is offered as a guess.
 */
import { closestId } from './references.ts';

export interface Choice {
  id: string;
  /** what staff call it */
  name: string;
}

export type Match = { id: string } | { several: Choice[] } | { guess?: Choice };

export function matchChoice(typed: string, choices: readonly Choice[]): Match {
  const answer = typed.trim();
  if (!answer) return {};
  const numbered = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
  if (numbered) return { id: numbered.id };
  const exact = choices.find((c) => c.id === answer || c.name === answer);
  if (exact) return { id: exact.id };
  const lower = answer.toLowerCase();
  const partial = choices.filter((c) => c.id.includes(lower) || c.name.includes(answer));
  if (partial.length === 1) return { id: partial[0]!.id };
  if (partial.length > 1) return { several: partial };
  const near = closestId(answer, new Map(choices.map((c) => [c.id, c.name])));
  return { guess: choices.find((c) => c.id === near) };
}

/** A numbered list to choose from, as the question shows it. */
export function choiceList(choices: readonly Choice[]): string {
  return choices.map((c, i) => `  ${i + 1}. ${c.name}（${c.id}）`).join('\n');
}
