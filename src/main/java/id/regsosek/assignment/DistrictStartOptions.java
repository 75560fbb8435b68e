package id.regsosek.assignment;

import id.regsosek.startform.StartFormOption;
import id.regsosek.startform.StartFormOptionSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The districts the area-assignment start form offers: those of the admin's regency that may start now. */
@Component
public class DistrictStartOptions implements StartFormOptionSource {

    /** The form-js valuesKey of forms/assignment-start.form. */
    public static final String VALUES_KEY = "kecamatanPilihan";

    private final StartableDistricts districts;

    public DistrictStartOptions(StartableDistricts districts) {
        this.districts = districts;
    }

    @Override
    public String valuesKey() {
        return VALUES_KEY;
    }

    @Override
    public List<StartFormOption> options(String regency) {
        return districts.of(regency).stream().map(d -> new StartFormOption(d.code() + " " + d.name() + " (PPL "
                + d.ppl() + ", PML " + d.pml() + ")", d.code())).toList();
    }
}
