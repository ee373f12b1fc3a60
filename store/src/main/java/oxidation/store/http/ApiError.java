package oxidation.store.http;

/** The body of every error answer. */
record ApiError(String error, String parameter) {
}
