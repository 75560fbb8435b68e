from bpmngen import Proc
from officer_recruitment_lib import ext, RETRY

p = Proc('district-selection', 'Seleksi petugas per kecamatan (district selection)')
p.node('Start_DistrictSelection', 'startEvent', 'Nilai kandidat lengkap', 0, 1, 'camunda:asyncBefore="true"', ext(RETRY))
p.node('Task_ProposeSelection', 'serviceTask', 'Susun peringkat dan kuota', 1, 1, 'camunda:delegateExpression="${proposeSelection}"')
p.node('Task_ConfirmSelection', 'userTask', 'Konfirmasi daftar kecamatan', 2, 1,
       'camunda:formRef="recruitment-confirm-selection" camunda:formRefBinding="latest" camunda:candidateGroups="recruitment-staff"',
       '      <bpmn:extensionElements>\n        <camunda:taskListener delegateExpression="${selectionConfirmed}" event="complete" />\n      </bpmn:extensionElements>\n')
p.node('Task_PublishSelection', 'serviceTask', 'Umumkan hasil ke kandidat', 3, 1,
       'camunda:asyncBefore="true" camunda:delegateExpression="${publishSelection}"', ext(RETRY))
p.node('Gateway_Short', 'exclusiveGateway', 'Kuota terpenuhi?', 4, 1)
p.node('End_SelectionPublished', 'endEvent', 'Hasil diumumkan', 5, 1)
p.node('Task_ReviewShortfall', 'userTask', 'Kecamatan kekurangan petugas', 5, 2,
       'camunda:formRef="recruitment-district-short" camunda:formRefBinding="latest" camunda:candidateGroups="regency-admin"')
p.node('End_ShortfallReported', 'endEvent', 'Kekurangan ditangani', 6, 2)
f = p.flow
f('Flow_Start', 'Start_DistrictSelection', 'Task_ProposeSelection')
f('Flow_Proposed', 'Task_ProposeSelection', 'Task_ConfirmSelection')
f('Flow_Confirmed', 'Task_ConfirmSelection', 'Task_PublishSelection')
f('Flow_Published', 'Task_PublishSelection', 'Gateway_Short')
f('Flow_Full', 'Gateway_Short', 'End_SelectionPublished', 'terpenuhi', '${shortOf == 0}')
f('Flow_Short', 'Gateway_Short', 'Task_ReviewShortfall', 'kurang', '${shortOf > 0}')
f('Flow_ShortReviewed', 'Task_ReviewShortfall', 'End_ShortfallReported')
p.write('../../bpmn/district-selection.bpmn')
