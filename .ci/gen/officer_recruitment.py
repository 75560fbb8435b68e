from bpmngen import Proc

RETRY = '        <camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>\n'


def ext(*parts):
    return '      <bpmn:extensionElements>\n' + ''.join(parts) + '      </bpmn:extensionElements>\n'


def inp(name, value):
    return '        <camunda:inputOutput>\n          <camunda:inputParameter name="%s">%s</camunda:inputParameter>\n        </camunda:inputOutput>\n' % (name, value)


def service(p, id, name, col, row, bean, status=None, asyncb=False):
    attrs = 'camunda:delegateExpression="${%s}"' % bean
    if asyncb:
        attrs += ' camunda:asyncBefore="true"'
    parts = [RETRY] if asyncb else []
    if status:
        parts.append(inp('newStatus', status))
    p.node(id, 'serviceTask', name, col, row, attrs, ext(*parts) if parts else '')


def mail(p, id, name, col, row, template):
    p.node(id, 'serviceTask', name, col, row,
           'camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${recruitmentMail}"',
           ext(RETRY, inp('mailTemplate', template)))


def timer(p, id, name, host, var, idx=0):
    p.node(id, 'boundaryEvent', name, idx, 0, '', '', attached=host,
           post='      <bpmn:timerEventDefinition id="%s_Def">\n        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${%s}</bpmn:timeDuration>\n      </bpmn:timerEventDefinition>\n' % (id, var))


def receive(p, id, name, col, row, msg):
    p.node(id, 'receiveTask', name, col, row, 'messageRef="Message_%s"' % msg)
    p.message('Message_' + msg, msg)


p = Proc('officer-recruitment', 'Rekrutmen petugas (officer recruitment)')
p.node('Start_Registered', 'startEvent', 'Kandidat terdaftar', 0, 1, 'camunda:asyncBefore="true"', ext(RETRY))
service(p, 'Task_LoadCandidateFacts', 'Baca data kandidat', 1, 1, 'candidateFacts')
p.node('Task_Screening', 'businessRuleTask', 'Seleksi administrasi (DMN)', 2, 1,
       'camunda:resultVariable="eligibility" camunda:decisionRef="candidate-eligibility" camunda:mapDecisionResult="singleEntry"')
p.node('Gateway_Eligibility', 'exclusiveGateway', 'Memenuhi syarat?', 3, 1)
p.node('Task_VerifyDocuments', 'userTask', 'Verifikasi dokumen', 4, 2,
       'camunda:formRef="recruitment-verify-documents" camunda:formRefBinding="latest" camunda:candidateGroups="recruitment-staff"')
timer(p, 'Timer_VerifyDeadline', 'Batas verifikasi', 'Task_VerifyDocuments', 'verifyDeadline')
p.node('Gateway_DocumentsValid', 'exclusiveGateway', 'Dokumen sah?', 5, 2)
p.node('Gateway_IneligibleMerge', 'exclusiveGateway', '', 6, 0)
service(p, 'Task_MarkIneligible', 'Catat tidak memenuhi syarat', 7, 0, 'candidateStatus', 'INELIGIBLE')
mail(p, 'Task_NotifyIneligible', 'Kirim surel tidak lolos administrasi', 8, 0, 'recruitment-ineligible')
p.node('End_Ineligible', 'endEvent', 'Tidak memenuhi syarat', 9, 0)
p.node('Gateway_ToTest', 'exclusiveGateway', '', 6, 1)
service(p, 'Task_MarkTesting', 'Catat menunggu tes', 7, 1, 'candidateStatus', 'TESTING')
receive(p, 'Wait_TestScore', 'Menunggu nilai tes', 8, 1, 'TestScoreRecorded')
timer(p, 'Timer_TestDeadline', 'Batas tes', 'Wait_TestScore', 'testDeadline')
p.node('Task_Interview', 'userTask', 'Wawancara', 9, 1,
       'camunda:formRef="recruitment-interview" camunda:formRefBinding="latest" camunda:candidateGroups="recruitment-staff"')
timer(p, 'Timer_InterviewDeadline', 'Batas wawancara', 'Task_Interview', 'interviewDeadline')
service(p, 'Task_RecordScores', 'Simpan nilai', 10, 1, 'recordScores')
receive(p, 'Wait_Selection', 'Menunggu keputusan seleksi', 11, 1, 'SelectionDecided')
p.node('Gateway_Outcome', 'exclusiveGateway', 'Hasil seleksi?', 12, 1)
p.node('Gateway_DropMerge', 'exclusiveGateway', '', 10, 3)
service(p, 'Task_MarkDropped', 'Catat gugur (lewat batas waktu)', 11, 3, 'candidateStatus', 'DROPPED')
p.node('End_DroppedOut', 'endEvent', 'Gugur', 12, 3)
mail(p, 'Task_NotifyNotSelected', 'Kirim surel tidak terpilih', 13, 0, 'recruitment-not-selected')
p.node('End_NotSelected', 'endEvent', 'Tidak terpilih', 14, 0)
mail(p, 'Task_NotifySelected', 'Kirim surel terpilih', 13, 1, 'recruitment-selected')
mail(p, 'Task_NotifyReserve', 'Kirim surel cadangan', 13, 2, 'recruitment-reserve')
receive(p, 'Wait_Promotion', 'Menunggu naik dari cadangan', 14, 2, 'ReservePromoted')
timer(p, 'Timer_ReserveEnd', 'Masa cadangan habis', 'Wait_Promotion', 'reserveValidity')
p.node('End_ReserveUnused', 'endEvent', 'Cadangan tidak dipakai', 15, 3)
mail(p, 'Task_NotifyPromoted', 'Kirim surel naik dari cadangan', 15, 2, 'recruitment-promoted')
p.node('Gateway_ToTraining', 'exclusiveGateway', '', 16, 1)
receive(p, 'Wait_TrainingResult', 'Menunggu hasil pelatihan', 17, 1, 'TrainingResultRecorded')
p.node('Gateway_TrainingPassed', 'exclusiveGateway', 'Lulus pelatihan?', 18, 1)
service(p, 'Task_Deploy', 'Angkat petugas (akun dan data petugas)', 19, 1, 'deployOfficer')
mail(p, 'Task_NotifyContract', 'Kirim surel kontrak dan login', 20, 1, 'recruitment-contract')
receive(p, 'Wait_Deployed', 'Bertugas', 21, 1, 'OfficerDroppedOut')
service(p, 'Task_MarkLeft', 'Catat petugas mundur', 22, 2, 'candidateStatus', 'LEFT')
service(p, 'Task_MarkNotDeployed', 'Catat tidak diangkat', 19, 2, 'candidateStatus', 'NOT_DEPLOYED')
p.node('Gateway_ReplaceMerge', 'exclusiveGateway', '', 23, 3)
service(p, "Task_PromoteReserve", "Naikkan cadangan berikutnya", 24, 3, "promoteReserve", asyncb=True)
p.node('Gateway_ReserveFound', 'exclusiveGateway', 'Ada cadangan?', 25, 3)
p.node('End_Replaced', 'endEvent', 'Diganti cadangan', 26, 3)
p.node('Task_ReserveExhausted', 'userTask', 'Cadangan habis: tindak lanjut', 26, 4,
       'camunda:formRef="recruitment-reserve-exhausted" camunda:formRefBinding="latest" camunda:candidateGroups="regency-admin"')
p.node('End_ReserveExhausted', 'endEvent', 'Kekurangan dilaporkan', 27, 4)

f = p.flow
f('Flow_Start', 'Start_Registered', 'Task_LoadCandidateFacts')
f('Flow_Facts', 'Task_LoadCandidateFacts', 'Task_Screening')
f('Flow_Screened', 'Task_Screening', 'Gateway_Eligibility')
f('Flow_Eligible', 'Gateway_Eligibility', 'Gateway_ToTest', 'memenuhi', "${eligibility == 'ELIGIBLE'}")
f('Flow_Ineligible', 'Gateway_Eligibility', 'Gateway_IneligibleMerge', 'tidak memenuhi', "${eligibility == 'INELIGIBLE'}")
f('Flow_Manual', 'Gateway_Eligibility', 'Task_VerifyDocuments', 'perlu cek dokumen', "${eligibility == 'MANUAL'}")
f('Flow_Verified', 'Task_VerifyDocuments', 'Gateway_DocumentsValid')
f('Flow_DocumentsValid', 'Gateway_DocumentsValid', 'Gateway_ToTest', 'sah', '${documentsValid}')
f('Flow_DocumentsInvalid', 'Gateway_DocumentsValid', 'Gateway_IneligibleMerge', 'tidak sah', '${!documentsValid}')
f('Flow_ToMarkIneligible', 'Gateway_IneligibleMerge', 'Task_MarkIneligible')
f('Flow_MarkedIneligible', 'Task_MarkIneligible', 'Task_NotifyIneligible')
f('Flow_NotifiedIneligible', 'Task_NotifyIneligible', 'End_Ineligible')
f('Flow_ToTesting', 'Gateway_ToTest', 'Task_MarkTesting')
f('Flow_Testing', 'Task_MarkTesting', 'Wait_TestScore')
f('Flow_TestScored', 'Wait_TestScore', 'Task_Interview')
f('Flow_Interviewed', 'Task_Interview', 'Task_RecordScores')
f('Flow_Scored', 'Task_RecordScores', 'Wait_Selection')
f('Flow_Decided', 'Wait_Selection', 'Gateway_Outcome')
f('Flow_VerifyLate', 'Timer_VerifyDeadline', 'Gateway_DropMerge')
f('Flow_TestLate', 'Timer_TestDeadline', 'Gateway_DropMerge')
f('Flow_InterviewLate', 'Timer_InterviewDeadline', 'Gateway_DropMerge')
f('Flow_ToDropped', 'Gateway_DropMerge', 'Task_MarkDropped')
f('Flow_Dropped', 'Task_MarkDropped', 'End_DroppedOut')
f('Flow_NotSelected', 'Gateway_Outcome', 'Task_NotifyNotSelected', 'tidak terpilih', "${selectionOutcome == 'NOT_SELECTED'}")
f('Flow_NotifiedNotSelected', 'Task_NotifyNotSelected', 'End_NotSelected')
f('Flow_Selected', 'Gateway_Outcome', 'Task_NotifySelected', 'terpilih', "${selectionOutcome == 'SELECTED'}")
f('Flow_Reserve', 'Gateway_Outcome', 'Task_NotifyReserve', 'cadangan', "${selectionOutcome == 'RESERVE'}")
f('Flow_NotifiedReserve', 'Task_NotifyReserve', 'Wait_Promotion')
f('Flow_ReserveLate', 'Timer_ReserveEnd', 'End_ReserveUnused')
f('Flow_Promoted', 'Wait_Promotion', 'Task_NotifyPromoted')
f('Flow_NotifiedPromoted', 'Task_NotifyPromoted', 'Gateway_ToTraining')
f('Flow_NotifiedSelected', 'Task_NotifySelected', 'Gateway_ToTraining')
f('Flow_ToTraining', 'Gateway_ToTraining', 'Wait_TrainingResult')
f('Flow_Trained', 'Wait_TrainingResult', 'Gateway_TrainingPassed')
f('Flow_Passed', 'Gateway_TrainingPassed', 'Task_Deploy', 'lulus', '${trainingPassed}')
f('Flow_Failed', 'Gateway_TrainingPassed', 'Task_MarkNotDeployed', 'tidak lulus / absen', '${!trainingPassed}')
f('Flow_Deployed', 'Task_Deploy', 'Task_NotifyContract')
f('Flow_NotifiedContract', 'Task_NotifyContract', 'Wait_Deployed')
f('Flow_Left', 'Wait_Deployed', 'Task_MarkLeft')
f('Flow_LeftMarked', 'Task_MarkLeft', 'Gateway_ReplaceMerge')
f('Flow_NotDeployedMarked', 'Task_MarkNotDeployed', 'Gateway_ReplaceMerge')
f('Flow_ToPromote', 'Gateway_ReplaceMerge', 'Task_PromoteReserve')
f('Flow_PromoteTried', 'Task_PromoteReserve', 'Gateway_ReserveFound')
f('Flow_ReserveFound', 'Gateway_ReserveFound', 'End_Replaced', 'ada', '${reserveFound}')
f('Flow_ReserveExhausted', 'Gateway_ReserveFound', 'Task_ReserveExhausted', 'habis', '${!reserveFound}')
f('Flow_ExhaustedHandled', 'Task_ReserveExhausted', 'End_ReserveExhausted')
p.write('../../bpmn/officer-recruitment.bpmn')
