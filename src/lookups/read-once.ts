// The answers of one run's lookups, each read at most once: every lookup of the run (the step's
// inputs and each item of a fleet file) shares one of these.

export class ReadOncePerRun {
  readonly #answers = new Map<string, Promise<unknown>>()

  /** `load`'s answer, read at most once per run under `key`. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.#answers.has(key)) this.#answers.set(key, load())
    return this.#answers.get(key) as Promise<T>
  }

  has(key: string): boolean {
    return this.#answers.has(key)
  }

  /** An answer learned another way (a repository found in the organization's listing). */
  remember(key: string, answer: unknown): void {
    this.#answers.set(key, Promise.resolve(answer))
  }

  /** Reads `key` again next time: after a create whose answer was lost. */
  forget(key: string): void {
    this.#answers.delete(key)
  }
}
