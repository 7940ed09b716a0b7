/**
 * Normalises a failed parse into plain error data; the worker and the in-process path share it,
 * so both fail the same way.
 */
import { corrupt, InputError, toInputErrorData, type InputErrorData } from './errors';

export function toErrorData(e: unknown): InputErrorData {
  if (e instanceof InputError) return toInputErrorData(e);
  // Anything else is a bug or an environment failure; the caller still gets an InputError
  // (the contract), with the original text for the log.
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return toInputErrorData(corrupt(`unexpected reader failure: ${detail.slice(0, 300)}`));
}
