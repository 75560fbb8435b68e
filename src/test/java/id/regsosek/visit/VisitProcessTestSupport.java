package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.mail.OutboxSender;
import id.regsosek.support.AppTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared set-up of household-visit process tests: a fresh team and SLS per test, helpers over our tables. */
abstract class VisitProcessTestSupport extends AppTest {

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected RegencyUsers users;
    @Autowired
    protected OutboxSender outbox;
    @Autowired
    protected VisitStarter starter;
    @Autowired
    protected id.regsosek.frame.FrameImports imports;

    protected VisitFixtures.Team team;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        team = new VisitFixtures(jdbc, users, regency()).team("proc");
    }

    /** The regency of the test's families; a test that ends a period uses one of its own (prepared here). */
    protected String regency() {
        return "32.16";
    }

    protected ProcessInstance visitOneFamily() {
        return visits(1).get(0);
    }

    protected List<ProcessInstance> visits(int n) {
        List<Long> ids = new VisitFixtures(jdbc, users, regency()).families(team, n);
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(n);
        return ids.stream().map(id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult()).toList();
    }

    protected long familyOf(ProcessInstance pi) {
        return Long.parseLong(pi.getBusinessKey());
    }

    protected Integer resultOf(ProcessInstance pi) {
        return jdbc.queryForObject("select result_code from family where id = ?", Integer.class, familyOf(pi));
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    protected void approve(ProcessInstance pi) {
        complete(task(pi), withVariables(VisitProcess.APPROVED, true));
    }
}
