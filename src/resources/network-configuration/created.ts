// The ids of the network configurations a plan creates, learned from their creates' answers, put into
// the runner group writes that name them (a group's create or PATCH is sent after them).
import { UnexpectedAnswer } from '../../common/errors.js'
import { isGroupToCreate } from '../../common/group-to-create.js'
import type { PlannedWrite } from '../../core/planned-write.js'
import { CREATE_CONFIGURATION } from './routes.js'

export class CreatedConfigurations {
  readonly #ids = new Map<string, string>()

  /** After a write is answered: a configuration's create gives the id of its name. */
  sent(write: PlannedWrite, body: unknown): void {
    const id = (body as { id?: unknown } | undefined)?.id
    const name = write.params.name
    if (write.route === CREATE_CONFIGURATION && typeof name === 'string' && typeof id === 'string')
      this.#ids.set(name.toLowerCase(), id)
  }

  /**
   * The write with the id of a configuration created before it in place of its name (a note in dry-run);
   * when the create's answer held no id, the configuration is looked up by its name.
   */
  async fill(
    write: PlannedWrite,
    {
      dryRun,
      findNamed
    }: { dryRun: boolean; findNamed: (name: string) => Promise<{ id: string } | undefined> }
  ): Promise<PlannedWrite> {
    const wanted = write.params.network_configuration_id
    if (!isGroupToCreate(wanted)) return write
    const name = wanted.toBeCreated
    const at = (id: string) => ({ ...write, params: { ...write.params, network_configuration_id: id } })
    if (dryRun) return at(`(id of the new network configuration '${name}')`)
    if (!this.#ids.has(name.toLowerCase())) {
      const found = await findNamed(name)
      if (!found)
        throw new UnexpectedAnswer(
          `GitHub's answer to the create of network configuration '${name}' held no id, and none of that name is there now: ${write.change} was not sent`
        )
      this.#ids.set(name.toLowerCase(), found.id)
    }
    return at(this.#ids.get(name.toLowerCase()) as string)
  }
}
