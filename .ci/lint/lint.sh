#!/usr/bin/env bash
# Lints every BPMN file with bpmnlint's recommended rules plus Camunda 7.24 compatibility (.bpmnlintrc here),
# and checks that every BPMN and DMN file carries a diagram (what Camunda Modeler needs to open it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -x node_modules/.bin/bpmnlint ] || npm ci --no-audit --no-fund --loglevel=error
shopt -s nullglob
files=("$root"/bpmn/*.bpmn "$root"/src/test/resources/test-processes/*.bpmn)
status=0
if [ ${#files[@]} -gt 0 ]; then
  ./node_modules/.bin/bpmnlint "${files[@]}" || status=1
fi
for f in "$root"/bpmn/*.bpmn "$root"/bpmn/*.dmn; do
  if ! grep -q -E '<(bpmndi:BPMNDiagram|dmndi:DMNDiagram)' "$f"; then
    echo "$f: no diagram (BPMNDiagram/DMNDiagram), Camunda Modeler cannot show it"; status=1
  fi
done
[ $status -eq 0 ] && echo "bpmnlint: ${#files[@]} BPMN file(s) clean"
exit $status
