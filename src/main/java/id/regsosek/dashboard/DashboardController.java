package id.regsosek.dashboard;

import id.regsosek.common.NotFoundException;
import id.regsosek.dashboard.DashboardViews.Area;
import id.regsosek.dashboard.DashboardViews.Officer;
import id.regsosek.dashboard.DashboardViews.Problem;
import id.regsosek.dashboard.DashboardViews.Step;
import id.regsosek.dashboard.DashboardViews.Summary;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.recruitment.campaign.RegencyCampaigns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures as JSON and CSV, for managers and regency admins of the caller's regency. Served under
 * /dashboard/api (the page, with its login session) and /api/dashboard (HTTP Basic, for other tools).
 */
@RestController
@RequestMapping({"/dashboard/api", "/api/dashboard"})
public class DashboardController {

    private final DashboardQueries queries;
    private final RepositoryService repository;
    private final RegencyCampaigns campaigns;

    public DashboardController(DashboardQueries queries, RepositoryService repository, RegencyCampaigns campaigns) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.repository = repository;
    }

    private static String regency() {
        CurrentUser.requireGroup(Groups.MANAGER, Groups.REGENCY_ADMIN);
        return CurrentUser.regency();
    }

    @GetMapping("/summary")
    public Summary summary() {
        return queries.summary(regency());
    }

    @GetMapping("/steps")
    public List<Step> steps() {
        return queries.steps(regency());
    }

    @GetMapping("/areas")
    public List<Area> areas(@RequestParam(required = false) String parent) {
        String regency = regency();
        if (parent != null) {
            CurrentUser.requireOwnRegency(parent.length() >= 5 ? parent.substring(0, 5) : parent);
        }
        return queries.areas(regency, parent);
    }

    @GetMapping("/officers")
    public List<Officer> officers(@RequestParam(defaultValue = "100") int limit) {
        return queries.officers(regency(), Math.max(1, Math.min(limit, 2000)));
    }

    /**
     * The funnel of the campaign asked for ({@code campaign}: one of the regency's, see {@code /funnel/campaigns}),
     * or of the regency's newest campaign; a key that is none of the regency's has no rows.
     */
    @GetMapping("/funnel")
    public List<DashboardViews.Funnel> funnel(@RequestParam(required = false) String campaign) {
        String regency = regency();
        List<RegencyCampaigns.CampaignRef> all = campaigns.of(regency);
        if (campaign == null || campaign.isBlank()) {
            return all.isEmpty() ? List.of() : queries.funnel(regency, all.get(0).key());
        }
        return queries.funnel(regency, campaign);
    }

    /** The regency's campaigns, newest first: the funnel's picker (the first is shown when none is picked). */
    @GetMapping("/funnel/campaigns")
    public List<DashboardViews.FunnelCampaign> funnelCampaigns() {
        return campaigns.of(regency()).stream().map(c -> new DashboardViews.FunnelCampaign(c.key(), c.label(),
                c.state(), c.candidates())).toList();
    }

    /** SLS whose visits wait for a closed building's access (asked, or refused and being arranged), with how long. */
    @GetMapping("/blocked-areas")
    public List<DashboardViews.BlockedArea> blockedAreas() {
        return queries.blockedAreas(regency());
    }

    /** The regency's village consultation forums (newest campaign first, late and open first). */
    @GetMapping("/forums")
    public List<DashboardViews.VillageForum> forums() {
        return queries.villageForums(regency());
    }

    @GetMapping("/problems")
    public List<Problem> problems() {
        String regency = regency();
        // Mail addresses are personal data: the regency admin sees them, a manager sees them masked.
        return queries.problems(regency, CurrentUser.get().inGroup(Groups.REGENCY_ADMIN));
    }

    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    public ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String parent,
                                      @RequestParam(required = false) String campaign) {
        String body = switch (table) {
            case "steps" -> RecordCsv.write(Step.class, steps());
            case "areas" -> RecordCsv.write(Area.class, areas(parent));
            case "officers" -> RecordCsv.write(Officer.class, officers(2000));
            case "problems" -> RecordCsv.write(Problem.class, problems());
            case "funnel" -> RecordCsv.write(DashboardViews.Funnel.class, funnel(campaign));
            case "blocked-areas" -> RecordCsv.write(DashboardViews.BlockedArea.class, blockedAreas());
            case "forums" -> RecordCsv.write(DashboardViews.VillageForum.class, forums());
            default -> throw new NotFoundException("no table " + table
                    + " (steps, areas, officers, funnel, blocked-areas, forums, problems)");
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"").body(body);
    }

    /** The deployed BPMN of a process, for the diagram coloured by waiting time. */
    @GetMapping(value = "/diagram/{processKey}", produces = MediaType.APPLICATION_XML_VALUE)
    public String diagram(@PathVariable String processKey) throws IOException {
        regency();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("no deployed process " + processKey);
        }
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
