// The value of an input the operation's catalogue declares required: settings.ts has checked it is
// there, so a missing one is the action's own mistake.

export function required<T>(value: T | undefined, input: string): T {
  if (value === undefined) throw new Error(`internal: input '${input}' was not checked as required`)
  return value
}
