package id.regsosek.recruitment;

/** A candidate import for a campaign whose registration is not open (answered 409, command line exit code 3). */
public class RegistrationClosedException extends IllegalStateException {

    public RegistrationClosedException(String message) {
        super(message);
    }
}
