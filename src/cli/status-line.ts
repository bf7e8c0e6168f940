// On a terminal, one line at the bottom says what the run is doing and the time spent, redrawn in place
// every second (a wait for a runner takes minutes). Drawn with a carriage return and spaces only: no
// escape codes, so NO_COLOR changes nothing here.
import { headFitting, widthOf } from './terminal.js'

export interface Output {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Clock {
  now(): number
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms)
    timer.unref()
    return () => clearInterval(timer)
  }
}

/** `42s`, `3m 05s`. */
export function timeSpent(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`
}

export class StatusLine {
  #message = ''
  #drawn = 0
  #stopTicking: (() => void) | undefined
  readonly #started: number

  constructor(
    private readonly out: Output,
    private readonly clock: Clock = SYSTEM_CLOCK
  ) {
    this.#started = clock.now()
  }

  show(message: string): void {
    this.#message = message
    this.#stopTicking ??= this.clock.every(1000, () => this.draw())
    this.draw()
  }

  draw(): void {
    if (this.#message === '') return
    const width = Math.max(20, (this.out.columns || 80) - 1)
    const full = `[${timeSpent(this.clock.now() - this.#started)}] ${this.#message}`
    // One line, or the next redraw would land below it: the log (--verbose) has the whole text.
    const text = widthOf(full) > width ? `${headFitting(full, width - 1)}…` : full
    const length = widthOf(text)
    this.out.write(`\r${text}${' '.repeat(Math.max(0, this.#drawn - length))}`)
    this.#drawn = length
  }

  /** Writes text above the status line, which is drawn again below it. */
  above(text: string): void {
    this.#erase()
    this.out.write(text)
    this.draw()
  }

  stop(): void {
    this.#stopTicking?.()
    this.#stopTicking = undefined
    this.#erase()
    this.#message = ''
  }

  #erase(): void {
    if (this.#drawn === 0) return
    this.out.write(`\r${' '.repeat(this.#drawn)}\r`)
    this.#drawn = 0
  }
}
