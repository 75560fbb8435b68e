package id.regsosek.assignment;

/**
 * An officer left mid-operation (published by {@link DropoutService} in the transaction that records it). The
 * recruitment listens and promotes the next reserve; this package does not know it.
 *
 * @param officerCode the officer's code (= its registration number when it was recruited through this system)
 * @param districtCode the district it worked in
 * @param role PPL or PML
 */
public record OfficerDroppedOut(String officerCode, String districtCode, String role) {
}
