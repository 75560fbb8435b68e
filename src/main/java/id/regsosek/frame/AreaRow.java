package id.regsosek.frame;

/** One accepted row of an area file: its code, its parent's code and its name. */
record AreaRow(String code, String parent, String name) {
}
