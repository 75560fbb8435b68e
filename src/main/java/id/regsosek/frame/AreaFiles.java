package id.regsosek.frame;

/**
 * The three official-code files (format of the idn-area data set): regencies.csv (code, province_code, name),
 * districts.csv (code, regency_code, name) and villages.csv (code, district_code, name). They may hold the whole
 * country; only the rows of the regency being imported are taken.
 */
public record AreaFiles(byte[] regencies, byte[] districts, byte[] villages) {

    public static final String REGENCIES = "regencies.csv";
    public static final String DISTRICTS = "districts.csv";
    public static final String VILLAGES = "villages.csv";
}
