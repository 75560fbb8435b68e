package id.regsosek.office;

import id.regsosek.assignment.PrelistImporter;
import id.regsosek.forum.ForumAccess;
import id.regsosek.forum.ForumCorrectionUpload;
import id.regsosek.forum.ForumSubject;
import id.regsosek.forum.OfficialImport;
import id.regsosek.frame.AreaCodes;
import id.regsosek.identity.CurrentUser;
import id.regsosek.imports.BackgroundImports;
import id.regsosek.imports.ImportReport;
import id.regsosek.ranking.ConsultationCorrections;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import org.springframework.stereotype.Service;

/**
 * Starts an office-page upload in the background, after the same checks as the API: the kind's groups, the
 * caller's regency for the campaign and the district. The file is read whole first, as every import does.
 */
@Service
public class OfficeImports {

    private final RecruitmentImports recruitment;
    private final BackgroundImports background;
    private final PrelistImporter prelist;
    private final ConsultationCorrections corrections;
    private final OfficialImport officials;
    private final ForumCorrectionUpload villageCorrections;
    private final ForumAccess forums;

    public OfficeImports(RecruitmentImports recruitment, BackgroundImports background, PrelistImporter prelist,
                         ConsultationCorrections corrections, OfficialImport officials,
                         ForumCorrectionUpload villageCorrections, ForumAccess forums) {
        this.officials = officials;
        this.villageCorrections = villageCorrections;
        this.forums = forums;
        this.recruitment = recruitment;
        this.background = background;
        this.prelist = prelist;
        this.corrections = corrections;
    }

    /** @return the run as registered; its progress is read at /office/imports/{id} */
    public ImportReport start(OfficeImportKind kind, String fileName, byte[] content, String campaign,
                              String district) {
        String user = CurrentUser.requireGroup(kind.groups()).userId();
        String regency = CurrentUser.regency();
        String name = OfficeInput.fileName(fileName, kind.path() + ".csv");
        return switch (kind) {
            case CANDIDATES -> recruitment.importCandidatesAsync(regency, OfficeInput.campaign(campaign, regency), name,
                    content, user);
            case TEST_SCORES -> recruitment.importTestScoresAsync(regency, OfficeInput.campaign(campaign, regency), name,
                    content, user);
            case PRELIST -> {
                String d = OfficeInput.district(district);
                if (d != null) {
                    CurrentUser.requireOwnRegency(AreaCodes.regencyOf(d));
                }
                yield background.start(PrelistImporter.KIND, name, regency, user,
                        r -> prelist.importFile(regency, d, name, content, r), null);
            }
            case CORRECTIONS -> background.start(ConsultationCorrections.KIND, name, regency, user,
                    r -> corrections.apply(regency, name, content, r), null);
            case OFFICIALS -> background.start(OfficialImport.KIND, name, regency, user,
                    r -> officials.importFile(regency, name, content, r), null);
            case VILLAGE_CORRECTIONS -> {
                ForumSubject.Forum forum = forums.correctable(OfficeInput.campaign(campaign, regency),
                        forums.ownVillage());
                yield background.start(ForumCorrectionUpload.KIND, name, regency, user,
                        r -> villageCorrections.upload(forum, name, content, r), null);
            }
        };
    }
}
