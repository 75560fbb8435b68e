package id.regsosek.tasklist;

import id.regsosek.forum.ForumSubject;
import id.regsosek.forum.VillageForumProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** village-forum: the village (code and name) and campaign of its business key. */
@Component
class ForumSubjects implements SubjectSource {

    private final JdbcTemplate jdbc;

    ForumSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String processKey() {
        return VillageForumProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        ForumSubject.Forum forum = ForumSubject.of(task);
        String name = jdbc.queryForList("select name from village where code = ?", String.class, forum.village())
                .stream().findFirst().orElse("");
        return new TaskSubject(String.format("desa %s %s, kegiatan %s", forum.village(), name, forum.campaign()),
                Map.of(TaskColumns.VILLAGE, name, TaskColumns.CAMPAIGN, forum.campaign()));
    }
}
