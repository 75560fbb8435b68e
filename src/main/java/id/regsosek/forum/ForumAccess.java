package id.regsosek.forum;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose forum the caller may send corrections for, from the caller's login and our tables only: a village official
 * its own village's (the one it is bound to), a regency admin any village of its regency (on the village's behalf,
 * as it may complete the forum's task). Another regency's village, or no such forum, answers as unknown.
 */
@Component
public class ForumAccess {

    private final JdbcTemplate jdbc;
    private final ForumRows rows;

    public ForumAccess(JdbcTemplate jdbc, ForumRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public ForumSubject.Forum correctable(String campaign, String village) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.VILLAGE_OFFICIAL, Groups.REGENCY_ADMIN);
        String regency = CurrentUser.regency();
        if (!user.inGroup(Groups.REGENCY_ADMIN) && (village == null || !village.equals(rows.villageOf(user.userId())))) {
            throw new AccessDeniedException("Koreksi forum desa " + shown(village) + " hanya untuk perangkat desa itu");
        }
        java.util.List<String> status = jdbc.queryForList("select status from village_forum where campaign_key = ?"
                + " and village_code = ? and regency_code = ?", String.class, campaign, village, regency);
        if (status.isEmpty()) {
            throw new NotFoundException("Forum desa " + shown(village) + " kegiatan " + shown(campaign)
                    + " tidak ada di wilayah Anda");
        }
        if (!"OPEN".equals(status.get(0))) {
            throw new IllegalStateException("Forum desa " + village + " kegiatan " + campaign + " sudah dilaporkan:"
                    + " koreksinya tidak bisa diunggah lagi.");
        }
        return new ForumSubject.Forum(campaign, village, regency);
    }

    /** The village a village official is bound to; refused when it is bound to none. */
    public String ownVillage() {
        RegsosekUser user = CurrentUser.requireGroup(Groups.VILLAGE_OFFICIAL);
        String village = rows.villageOf(user.userId());
        if (village == null) {
            throw new AccessDeniedException("Akun " + user.userId() + " belum terikat ke desa mana pun; hubungi admin"
                    + " BPS kabupaten/kota");
        }
        return village;
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
