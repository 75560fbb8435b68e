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


