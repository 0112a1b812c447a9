/** Base of every error Civitas raises on purpose; the HTTP error handler maps it to a response. */
export class AppError extends Error {
  /** HTTP status this error answers with. */
  readonly status: number;
  /** Stable machine-readable code, asserted by tests and clients. */
  readonly code: string;
  /** Whether the message may be shown to the caller (5xx messages never are). */
  readonly isPublic: boolean;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    isPublic?: boolean;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = new.target.name;
    this.status = options.status;
    this.code = options.code;
    this.isPublic = options.isPublic ?? options.status < 500;
  }
}

/** The request is malformed (bad parameter, invalid body). */
export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly details: unknown[] = [],
  ) {
    super({ status: 400, code: "invalid_request", message });
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super({ status: 404, code: "not_found", message });
  }
}

/** The request conflicts with the current state (duplicate slug, item in use). */
export class ConflictError extends AppError {
  constructor(message: string, code = "conflict") {
    super({ status: 409, code, message });
  }
}

/** A dependency (database, engine) failed; the details are logged, not shown. */
export class InternalError extends AppError {
  constructor(message: string, cause?: unknown) {
    super({ status: 500, code: "internal_error", message, cause, isPublic: false });
  }
}

/** Nobody is signed in (or the API token is missing or revoked). */
export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in first") {
    super({ status: 401, code: "unauthenticated", message });
  }
}

/** Signed in, but the role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(message = "You may not do this") {
    super({ status: 403, code: "forbidden", message });
  }
}

/** A form or API call that changes something came without the right CSRF token. */
export class CsrfError extends AppError {
  constructor() {
    super({
      status: 403,
      code: "csrf_failed",
      message: "This form has expired or did not come from this site; reload it and try again",
    });
  }
}
