/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with (`OfficeExtension.Error`,
 * name "RichApi.Error"): product code branches on `code`, so the codes are Excel's own
 * (Excel.ErrorCodes / OfficeExtension.ErrorCodes). "NotSimulated" is ours: the simulator says
 * so instead of pretending when asked for something it does not model.
 */
export type SimErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'InvalidSelection'
  | 'InvalidRequestContext'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'NotSimulated';

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notSimulated(what: string): SimError {
  return new SimError('NotSimulated', `${what} is not simulated by office-sim`, what);
}

export function apiNotFound(api: string, minor: number): SimError {
  return new SimError(
    'ApiNotFound',
    `The API you are trying to use could not be found: ${api} needs ExcelApi 1.${minor}.`,
    api,
  );
}
