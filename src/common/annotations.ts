// Errors of a file the user wrote, each tied to its file (relative to the workspace) and line: the step
// reports them as annotations (`::error file=…,line=…::`), so a pull request shows them on its diff.

export interface FileAnnotation {
  file: string
  line: number
  message: string
}

const ANNOTATIONS = Symbol('annotations')

/** `error`, carrying where in a file it comes from. */
export function annotated<E extends Error>(error: E, annotations: FileAnnotation[]): E {
  return Object.assign(error, { [ANNOTATIONS]: annotations })
}

export function annotationsOf(error: unknown): FileAnnotation[] {
  const found = (error as { [ANNOTATIONS]?: FileAnnotation[] } | null)?.[ANNOTATIONS]
  return Array.isArray(found) ? found : []
}
