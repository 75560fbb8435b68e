package id.regsosek.signoff;

/**
 * Where an SLS's sign-off chain stands ({@code sls_signoff.status}; the table's check constraint lists the same
 * names). Other features read these by name in SQL: bind {@link #name()}, never a literal.
 */
public enum SignoffState {
    /** Families still in the field (also after a reopening). */
    FIELDWORK,
    /** Every family final: the PML reviews the area. */
    PML_REVIEW,
    /** The PML approved: the Koseka reviews it for the district. */
    KOSEKA_REVIEW,
    /** The Koseka approved: the regency admin accepts it. */
    ADMIN_REVIEW,
    /** Accepted by the regency office: counts for the handover to ranking. */
    ACCEPTED
}
