/**
 * Questions asked at a terminal, an answer a line. Answers typed (or pasted) ahead of their question
 * wait for it instead of being lost. Undefined when input or output is not a terminal: the command then
 * takes its answers as options.
 */
import { createInterface } from 'node:readline/promises';

export interface Questions {
  ask(question: string): Promise<string>;
  close(): void;
}

/** `cancelled` runs when the input ends (Ctrl+D) before an answer, and must not return. */
export function terminalQuestions(cancelled: () => never): Questions | undefined {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const lines = prompt[Symbol.asyncIterator]();
  return {
    async ask(question) {
      process.stdout.write(question);
      const next = await lines.next();
      if (next.done) cancelled();
      return String(next.value).trim();
    },
    close: () => prompt.close(),
  };
}
