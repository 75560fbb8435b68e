package id.regsosek.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A regency is the tenant: its Camunda tenant id is its code (32.16), created when its frame is first loaded. */
@Service
public class RegencyTenants {

    private static final Logger log = LoggerFactory.getLogger(RegencyTenants.class);

    private final IdentityService identity;

    public RegencyTenants(IdentityService identity) {
        this.identity = identity;
    }

    public void ensure(String regencyCode, String regencyName) {
        SystemCalls.asSystem(identity, () -> {
            Tenant tenant = identity.createTenantQuery().tenantId(regencyCode).singleResult();
            if (tenant == null) {
                tenant = identity.newTenant(regencyCode);
                tenant.setName("BPS " + regencyName);
                identity.saveTenant(tenant);
                log.info("created tenant {} for {}", regencyCode, regencyName);
            }
            return tenant;
        });
    }

    public boolean exists(String regencyCode) {
        return SystemCalls.asSystem(identity,
                () -> identity.createTenantQuery().tenantId(regencyCode).count() == 1);
    }
}
