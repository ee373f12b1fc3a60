package oxidation.store.http;

/** A request the API refuses: a bad parameter (400) or an unknown id (404), naming the parameter. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;

    private ApiException(int status, String parameter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiException badRequest(String parameter, String message) {
        return new ApiException(400, parameter, message);
    }

    static ApiException notFound(String parameter, String message) {
        return new ApiException(404, parameter, message);
    }

    int status() {
        return status;
    }

    String parameter() {
        return parameter;
    }
}
