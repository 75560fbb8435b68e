package id.regsosek.trust;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people may call of the engine's REST API ({@code /engine-rest/...}) and the webapps' copy of it
 * ({@code /camunda/api/engine/engine/default/...}), plus the webapps' own APIs: exactly what Tasklist, Cockpit
 * (reading) and the field app need, by role. Anything not listed is refused before it reaches the engine; the
 * system administrator ({@code camunda-admin}) alone has the whole API (definitions, deployments, jobs, batches,
 * history clean-up, modification, migration, identity). The engine's own checks (tenant, authorization) and
 * {@link PersonCommandGuard} still apply to what passes. {@code RestAllowlistMatrixTest} compares every
 * endpoint of the engine's OpenAPI description, for every role, with the expected list.
 */
public final class RestAllowlist {

    /**
     * Who a rule is for. STARTER: staff who start processes from Tasklist; a village official (outside the
     * operation's staff: it only holds its village's forum task) does not.
     */
    private enum Who { STAFF, STARTER, COCKPIT, REGENCY_ADMIN }

    private record Rule(Who who, Set<String> methods, Pattern path) {
    }

    /** An id in a path: never one of the words the API uses for its own sub-resources (count, report...). */
    private static final String ID = "(?!(?:count|statistics|report|registered|topic-names|suspended|delete|create"
            + "|key|retries|variables|cleanable-[a-z-]+)(?:/|$))[^/]+";
    private static final Set<String> COCKPIT_GROUPS = Set.of(Groups.MANAGER, Groups.REGENCY_ADMIN);

    /** Paths relative to the engine: {@code /task/{id}/claim}. {self} is the caller's own user id. */
    private static final List<Rule> ENGINE = List.of(
            // Tasklist and the field app: one's own tasks and what they show.
            rule(Who.STAFF, "GET", "/engine"),
            rule(Who.STAFF, "GET OPTIONS", "/filter(/count)?"),
            rule(Who.STAFF, "GET", "/filter/{id}"),
            rule(Who.STAFF, "GET POST", "/filter/{id}/(list|count|singleResult)"),
            rule(Who.STAFF, "GET POST", "/task(/count)?"),
            rule(Who.STAFF, "GET", "/task/{id}(/form|/deployed-form|/form-variables|/rendered-form|/variables"
                    + "|/identity-links|/comment|/attachment)?"),
            rule(Who.STAFF, "POST", "/task/{id}/(claim|unclaim|complete|submit-form)"),
            // Tasklist's follow-up and due date of one's own task (the guard lets only the dates change).
            rule(Who.STAFF, "PUT", "/task/{id}"),
            rule(Who.STAFF, "GET", "/process-definition(/count)?"),
            rule(Who.STAFF, "GET", "/process-definition/({id}|key/{id})(/xml)?"),
            rule(Who.STARTER, "GET", "/process-definition/({id}|key/{id})/(startForm|deployed-start-form"
                    + "|form-variables|rendered-form)"),
            rule(Who.STARTER, "POST", "/process-definition/({id}|key/{id})/(submit-form|start)"),
            rule(Who.STAFF, "GET POST", "/group(/count)?"),
            rule(Who.STAFF, "GET", "/user(/count)?"),
            rule(Who.STAFF, "GET PUT", "/user/{self}/profile"),
            rule(Who.STAFF, "PUT", "/user/{self}/credentials"),
            rule(Who.STAFF, "GET POST", "/identity/password-policy"),
            rule(Who.STAFF, "GET POST", "/history/task(/count)?"),
            rule(Who.STAFF, "GET", "/history/(user-operation|identity-link-log)(/count)?"),
            // Cockpit, read only: the regency's instances, variables, incidents, jobs and their history.
            rule(Who.COCKPIT, "GET", "/process-definition/statistics|/process-definition/({id}|key/{id})/statistics"),
            rule(Who.COCKPIT, "GET POST", "/(process-instance|variable-instance|job|job-definition|execution"
                    + "|external-task)(/count)?"),
            rule(Who.COCKPIT, "GET", "/process-instance/{id}(/activity-instances|/variables|/comment)?"),
            rule(Who.COCKPIT, "GET", "/(variable-instance|job|job-definition|execution|incident|external-task)/{id}"),
            rule(Who.COCKPIT, "GET", "/incident(/count)?"),
            rule(Who.COCKPIT, "GET POST", "/history/(process-instance|activity-instance|variable-instance|detail"
                    + "|job-log|external-task-log)(/count)?"),
            rule(Who.COCKPIT, "GET", "/history/(incident|decision-instance|batch)(/count)?"),
            rule(Who.COCKPIT, "GET", "/history/(process-instance|activity-instance|variable-instance|detail"
                    + "|job-log|decision-instance|task)/{id}"),
            rule(Who.COCKPIT, "GET", "/(decision-definition|decision-requirements-definition|case-definition"
                    + "|case-instance|deployment|batch)(/count)?"),
            rule(Who.COCKPIT, "GET", "/(decision-definition|decision-requirements-definition)/({id}|key/{id})(/xml)?"),
            rule(Who.COCKPIT, "GET", "/deployment/{id}(/resources(/{id}(/data)?)?)?"),
            rule(Who.COCKPIT, "GET", "/batch/statistics(/count)?"),
            // A regency admin retries one failed job of its regency (the engine checks the regency).
            rule(Who.REGENCY_ADMIN, "PUT", "/job/{id}/retries"));

    /** The webapps' own APIs (under /camunda/api), besides their copy of the engine API. */
    private static final List<Rule> WEBAPP = List.of(
            rule(Who.STAFF, "GET", "/admin/auth/user/{id}"),
            rule(Who.STAFF, "POST", "/admin/auth/user/{id}/logout"),
            rule(Who.STAFF, "GET", "/(tasklist|cockpit|admin|welcome)/plugin/{id}/static/.+"),
            rule(Who.COCKPIT, "GET POST", "/cockpit/plugin/base/{id}/.+"));

    /** The engine's name in a path may be any: the API answers 404 for one that does not run here. */
    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(/engine/[^/]+)?(/.*)?$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]+)?(/.*)?$");
    private static final Pattern WEBAPP_API = Pattern.compile("^/camunda/api(/.*)$");

    private RestAllowlist() {
    }

    /** Whether the engine or webapp API path (the whole request path) may be called by this user. */
    public static boolean allows(RegsosekUser user, String method, String path) {
        if (user.inGroup(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        var engine = ENGINE_REST.matcher(path);
        if (!engine.matches()) {
            engine = WEBAPP_ENGINE.matcher(path);
        }
        if (engine.matches()) {
            String rest = engine.group(2) == null || engine.group(2).equals("/") ? "/engine" : engine.group(2);
            return matches(ENGINE, user, method, rest);
        }
        var webapp = WEBAPP_API.matcher(path);
        return webapp.matches() && matches(WEBAPP, user, method, webapp.group(1));
    }

    private static boolean matches(List<Rule> rules, RegsosekUser user, String method, String path) {
        // Jersey serves /task/ as /task: judged the same.
        String rest = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Rule r : rules) {
            if (!r.methods().contains(method) || !applies(r.who(), user)) {
                continue;
            }
            Matcher m = r.path().matcher(rest);
            if (m.matches() && (!r.path().pattern().contains("(?<self>") || user.userId().equals(m.group("self")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean applies(Who who, RegsosekUser user) {
        return switch (who) {
            case STAFF -> user.regency() != null;
            case STARTER -> user.regency() != null && !user.inGroup(Groups.VILLAGE_OFFICIAL);
            case COCKPIT -> user.regency() != null && user.groups().stream().anyMatch(COCKPIT_GROUPS::contains);
            case REGENCY_ADMIN -> user.regency() != null && user.inGroup(Groups.REGENCY_ADMIN);
        };
    }

    private static Rule rule(Who who, String methods, String path) {
        return new Rule(who, Set.of(methods.split(" ")), Pattern.compile("^(" + path.replace("{id}", ID)
                .replace("{self}", "(?<self>" + ID + ")") + ")$"));
    }
}
