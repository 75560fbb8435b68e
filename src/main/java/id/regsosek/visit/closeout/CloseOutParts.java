package id.regsosek.visit.closeout;

import id.regsosek.period.PeriodProcess;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The close-out's plan (table period_closeout_item): every open PeriodEnded subscription of the regency in a part of
 * whole SLS, about {@code chunk} subscriptions each. An SLS goes whole into the part where its first subscription
 * falls, so parts run side by side without two of them touching one family or one SLS's assignment row.
 */
@Repository
public class CloseOutParts {

    /** One subscription to tell; familyId and slsId are null for one that is no household visit. */
    public record Item(String executionId, Long familyId, Long slsId) {
    }

    // Rows numbered in SLS order (a subscription without a visit row is an "SLS" of its own instance); an SLS's
    // bucket is where its first row falls; parts are the buckets numbered densely from 0.
    private static final String PLAN = """
            insert into period_closeout_item (regency_code, part_no, execution_id, family_id, sls_id)
            select ?, dense_rank() over (order by bucket) - 1, execution_id, family_id, sls_id from (
              select execution_id, family_id, sls_id, (min(rn) over (partition by sls_key) - 1) / ? as bucket from (
                select e.execution_id_ as execution_id, v.family_id as family_id, v.sls_id as sls_id,
                       coalesce(cast(v.sls_id as varchar(64)), e.proc_inst_id_) as sls_key,
                       row_number() over (order by coalesce(cast(v.sls_id as varchar(64)), e.proc_inst_id_),
                                          e.execution_id_) as rn
                from act_ru_event_subscr e
                left join family_visit v on v.process_instance_id = e.proc_inst_id_
                where e.event_type_ = 'message' and e.event_name_ = ? and e.tenant_id_ = ?) r) b""";

    private final JdbcTemplate jdbc;

    public CloseOutParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the regency's close-out anew (the last plan's rows go); returns the number of parts. */
    public int plan(String regency, int chunk) {
        jdbc.update("delete from period_closeout_item where regency_code = ?", regency);
        jdbc.update(PLAN, regency, chunk, PeriodProcess.MESSAGE_PERIOD_ENDED, regency);
        Integer parts = jdbc.queryForObject("select count(distinct part_no) from period_closeout_item"
                + " where regency_code = ?", Integer.class, regency);
        return parts == null ? 0 : parts;
    }

    /** The part's subscriptions, an SLS's families together in family order. */
    public List<Item> items(String regency, int part) {
        return jdbc.query("select execution_id, family_id, sls_id from period_closeout_item where regency_code = ?"
                + " and part_no = ? order by sls_id, family_id, execution_id", (rs, i) -> new Item(rs.getString(1),
                rs.getObject(2, Long.class), rs.getObject(3, Long.class)), regency, part);
    }

    /**
     * The items whose subscription is still there: a visit that left the field between plan and part (a report
     * still arriving) is no longer open and must not be closed out.
     */
    public List<Item> stillOpen(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        Set<String> open = new HashSet<>(jdbc.queryForList("select execution_id_ from"
                + " act_ru_event_subscr where event_type_ = 'message' and event_name_ = ? and execution_id_ in ("
                + String.join(", ", Collections.nCopies(items.size(), "?")) + ")", String.class,
                Stream.concat(Stream.of(PeriodProcess.MESSAGE_PERIOD_ENDED),
                        items.stream().map(Item::executionId)).toArray()));
        return items.stream().filter(i -> open.contains(i.executionId())).toList();
    }

    /** The part is done: its rows go (in the part's transaction, so a retried part finds them again). */
    public void done(String regency, int part) {
        jdbc.update("delete from period_closeout_item where regency_code = ? and part_no = ?", regency, part);
    }
}
