package id.regsosek.common;

import java.time.Instant;

/** The body of every error our API returns: a status, a short code and a message that names what is wrong. */
public record ApiError(int status, String error, String message, Instant at) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, Instant.now());
    }
}
