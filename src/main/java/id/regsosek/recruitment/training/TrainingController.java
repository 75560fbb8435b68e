package id.regsosek.recruitment.training;

import id.regsosek.frame.AreaCodes;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recruitment staff plan a district's training classes; each class is an officer-training instance. */
@RestController
@RequestMapping("/api/recruitment")
public class TrainingController {

    public record ClassPlan(String place, LocalDate startDate, int days) {
    }

    private final TrainingClasses classes;

    public TrainingController(TrainingClasses classes) {
        this.classes = classes;
    }

    @PostMapping("/campaigns/{campaign}/districts/{district}/training-classes")
    public ResponseEntity<Map<String, List<String>>> plan(@PathVariable String campaign,
                                                          @PathVariable String district,
                                                          @RequestBody ClassPlan plan) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN);
        String regency = CurrentUser.requireOwnRegency(AreaCodes.regencyOf(district));
        List<String> keys = classes.plan(regency, campaign, district, plan.place(), plan.startDate(), plan.days());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("classes", keys));
    }
}
