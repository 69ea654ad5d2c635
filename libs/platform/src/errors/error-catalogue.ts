/** The HTTP statuses a problem may carry: refusals, 503 for a busy or unready service, 500 for the server's own fault. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** What a client may rely on for one error code: its status, an English title, and the parameters it carries. */
export interface ErrorCodeSpec {
  status: ProblemStatus;
  title: string;
  /** Names of the facts the problem carries in `params` (and, for compatibility, at its root). */
  params?: readonly string[];
}

export interface ErrorCodeEntry extends ErrorCodeSpec {
  code: string;
}

// `context.rule`: lower case, dot-separated, so a client can switch on it and group by context
const CODE_SHAPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

const catalogue = new Map<string, ErrorCodeEntry>();

/**
 * Registers a context's error codes in the one catalogue (the problem filter reads statuses from it and the
 * OpenAPI document lists it). Each lib calls it once, at module load, from its `*.errors.ts`; the returned
 * object names each code, so a thrown code is a checked property rather than a loose string.
 */
export function defineErrorCodes<const C extends Record<string, ErrorCodeSpec>>(
  codes: C,
): { readonly [K in keyof C]: K } {
  const names: Record<string, string> = {};
  for (const [code, spec] of Object.entries(codes)) {
    if (!CODE_SHAPE.test(code)) throw new Error(`error code "${code}" is not context.rule`);
    const known = catalogue.get(code);
    if (known && (known.status !== spec.status || known.title !== spec.title))
      throw new Error(`error code "${code}" is defined twice, differently`);
    catalogue.set(code, { code, ...spec });
    names[code] = code;
  }
  return names as { readonly [K in keyof C]: K };
}

export function errorCodeEntry(code: string): ErrorCodeEntry | undefined {
  return catalogue.get(code);
}

/** Every registered code, sorted: what the OpenAPI document and clients see. */
export function errorCatalogue(): ErrorCodeEntry[] {
  return [...catalogue.values()].sort((a, b) => a.code.localeCompare(b.code));
}
