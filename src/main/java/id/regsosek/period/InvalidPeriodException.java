package id.regsosek.period;

/** A period move that cannot be right (a past date, an end before the start): answered 422. */
public class InvalidPeriodException extends RuntimeException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
