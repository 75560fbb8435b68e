package id.regsosek.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL suite on a developer machine without PostgreSQL; in CI (CI=true) it always runs, so an
 * unreachable database fails the build instead of passing it silently.
 */
public class RequiresPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required");
        }
        return PostgresDatabase.reachable()
                ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL at " + PostgresDatabase.HOST + " unreachable");
    }
}
