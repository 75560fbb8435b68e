package id.regsosek.assignment;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of an admin-started assignment: the district (business key, or the start form's choice) must be of
 * the instance's regency, in its frame, with no assignment running or approved; then it becomes the business key,
 * the instance's subject for every later step.
 */
@Component("checkDistrict")
public class CheckDistrictDelegate implements JavaDelegate {

    private final StartableDistricts districts;

    public CheckDistrictDelegate(StartableDistricts districts) {
        this.districts = districts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = DistrictChoice.of(execution);
        districts.requireStartable(InstanceSubject.tenant(execution), district, execution.getProcessInstanceId());
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(district);
        }
    }
}
