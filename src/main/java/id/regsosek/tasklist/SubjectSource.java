package id.regsosek.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Describes the tasks of one process from what the system wrote (business key, rows keyed by the instance). */
interface SubjectSource {

    String processKey();

    TaskSubject describe(DelegateTask task);
}
