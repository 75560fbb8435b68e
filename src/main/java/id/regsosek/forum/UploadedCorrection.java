package id.regsosek.forum;

/** One checked row of a forum's corrections file: the family, its reason, the note's text as kept, the line. */
public record UploadedCorrection(long familyId, CorrectionReason reason, String note, int line) {

    /** What is kept and sent to the field: the reason's label, and the forum's note when it gave one. */
    public String text() {
        return note == null || note.isBlank() ? reason.label() : reason.label() + ": " + note;
    }
}
