package id.regsosek.signoff;

/**
 * The regency office accepted an SLS (published by {@link RecordAcceptedDelegate} in the transaction of the
 * acceptance). The handover to ranking listens and starts with the regency's last one; this package does not know it.
 *
 * @param regencyCode the SLS's regency
 * @param slsCode the accepted SLS
 */
public record SlsAccepted(String regencyCode, String slsCode) {
}
