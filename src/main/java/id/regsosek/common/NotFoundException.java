package id.regsosek.common;

/** Something named in a request does not exist (for this regency); answered with 404 and the name. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
