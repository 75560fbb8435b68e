"""Writes a BPMN file with its diagram from a compact description (grid layout). Used to author bpmn/*.bpmn;
the result opens in Camunda Modeler, where it can be edited further."""
from xml.sax.saxutils import escape

SIZES = {'startEvent': (36, 36), 'endEvent': (36, 36), 'exclusiveGateway': (50, 50), 'boundaryEvent': (36, 36),
         'intermediateCatchEvent': (36, 36)}
GX, GY, X0, Y0 = 180, 130, 160, 100


def size(kind):
    return SIZES.get(kind, (100, 80))


class Proc:
    def __init__(self, key, name, ttl='P180D', version='1.0.0'):
        self.key, self.name, self.ttl, self.version = key, name, ttl, version
        self.nodes, self.flows, self.messages = [], [], {}

    def node(self, id, kind, name, col, row, attrs='', inner='', attached=None, post=''):
        w, h = size(kind)
        if attached:
            host = next(n for n in self.nodes if n['id'] == attached)
            x = host['x'] + host['w'] - 30 - 40 * col
            y = host['y'] + host['h'] - 18
        else:
            cx, cy = X0 + col * GX, Y0 + row * GY
            x, y = cx - w // 2, cy - h // 2
        self.nodes.append(dict(id=id, kind=kind, name=name, x=x, y=y, w=w, h=h, attrs=attrs, inner=inner, post=post,
                               attached=attached))

    def flow(self, id, src, tgt, name=None, cond=None):
        self.flows.append(dict(id=id, src=src, tgt=tgt, name=name, cond=cond))

    def message(self, id, name):
        self.messages[id] = name

    def _n(self, id):
        return next(n for n in self.nodes if n['id'] == id)

    def write(self, path):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
               'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
               'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
               'id="Definitions_%s" targetNamespace="http://regsosek.id/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" '
               'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">' % self.key]
        out.append('  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="%s" '
                   'camunda:versionTag="%s">' % (self.key, escape(self.name), self.ttl, self.version))
        for n in self.nodes:
            inc = ''.join('      <bpmn:incoming>%s</bpmn:incoming>\n' % f['id'] for f in self.flows if f['tgt'] == n['id'])
            outg = ''.join('      <bpmn:outgoing>%s</bpmn:outgoing>\n' % f['id'] for f in self.flows if f['src'] == n['id'])
            att = ' attachedToRef="%s"' % n['attached'] if n['attached'] else ''
            out.append('    <bpmn:%s id="%s" name="%s"%s %s>\n%s%s%s%s    </bpmn:%s>' % (
                n['kind'], n['id'], escape(n['name']), att, n['attrs'], n['inner'], inc, outg, n['post'], n['kind']))
        for f in self.flows:
            nm = ' name="%s"' % escape(f['name']) if f['name'] else ''
            if f['cond']:
                out.append('    <bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s">\n      <bpmn:conditionExpression '
                           'xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>'
                           % (f['id'], nm, f['src'], f['tgt'], escape(f['cond'])))
            else:
                out.append('    <bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s" />' % (f['id'], nm, f['src'], f['tgt']))
        out.append('  </bpmn:process>')
        for mid, mname in self.messages.items():
            out.append('  <bpmn:message id="%s" name="%s" />' % (mid, mname))
        out.append('  <bpmndi:BPMNDiagram id="BPMNDiagram_%s">\n    <bpmndi:BPMNPlane id="BPMNPlane_%s" bpmnElement="%s">'
                   % (self.key, self.key, self.key))
        for n in self.nodes:
            gw = ' isMarkerVisible="true"' if n['kind'] == 'exclusiveGateway' else ''
            out.append('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>\n        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />'
                       '\n      </bpmndi:BPMNShape>' % (n['id'], n['id'], gw, n['x'], n['y'], n['w'], n['h']))
        for f in self.flows:
            s, t = self._n(f['src']), self._n(f['tgt'])
            pts = self._route(s, t)
            wp = ''.join('\n        <di:waypoint x="%d" y="%d" />' % p for p in pts)
            out.append('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">%s\n      </bpmndi:BPMNEdge>' % (f['id'], f['id'], wp))
        out.append('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')
        open(path, 'w').write('\n'.join(out))

    @staticmethod
    def _route(s, t):
        scx, scy = s['x'] + s['w'] // 2, s['y'] + s['h'] // 2
        tcx, tcy = t['x'] + t['w'] // 2, t['y'] + t['h'] // 2
        if s['attached']:
            start = (scx, s['y'] + s['h'])
            return [start, (scx, tcy), (t['x'], tcy)] if tcx > scx else [start, (scx, tcy), (t['x'] + t['w'], tcy)]
        if abs(scy - tcy) < 3:
            if tcx > scx:
                return [(s['x'] + s['w'], scy), (t['x'], tcy)]
            return [(scx, s['y'] + s['h']), (scx, s['y'] + s['h'] + 40), (tcx, s['y'] + s['h'] + 40), (tcx, t['y'] + t['h'])]
        if tcx > scx:
            start = (scx, s['y'] + s['h']) if tcy > scy else (scx, s['y'])
            return [start, (scx, tcy), (t['x'], tcy)]
        if tcx == scx:
            return [(scx, s['y'] + s['h']), (tcx, t['y'])] if tcy > scy else [(scx, s['y']), (tcx, t['y'] + t['h'])]
        start = (s['x'] + s['w'], scy)
        return [start, (start[0] + 20, scy), (start[0] + 20, t['y'] + t['h'] + 20 if tcy < scy else t['y'] - 20),
                (tcx, t['y'] + t['h'] + 20 if tcy < scy else t['y'] - 20), (tcx, t['y'] + t['h'] if tcy < scy else t['y'])]
