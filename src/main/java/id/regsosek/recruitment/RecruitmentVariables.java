package id.regsosek.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Typed access to the officer-recruitment variables (the candidate itself is {@link RecruitmentSubject}). */
public record RecruitmentVariables(DelegateExecution execution) {

    public int integer(String name) {
        Object v = execution.getVariable(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("variable " + name + " must be a number, got " + v);
        }
        return n.intValue();
    }

    public String string(String name) {
        Object v = execution.getVariable(name);
        return v == null ? null : v.toString();
    }

    public void set(String name, Object value) {
        execution.setVariable(name, value);
    }
}
