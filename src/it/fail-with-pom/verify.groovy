// The log names each finding at its severity's level, the build fails with the summary, and the JSON
// report is written whole with the contract fields.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] reports\/2016-jichang-town\.txt:\d+: \[DATE-CONFLICT\] /
assert log =~ /\[WARNING\] reports\/2016-jichang-town\.txt:\d+: \[/
assert log.contains('共检查 2 份报告：通过 1 份，未通过 1 份')
assert log.contains('年报检查未通过')

def json = new JsonSlurper().parse(new File(basedir, 'target/disclosure/report.json'), 'UTF-8')
assert json.tool.name == 'disclosure-checker'
assert json.summary.reports == 2
assert json.summary.failed == 1
def s2 = json.reports.find { it.file == 'reports/2016-jichang-town.txt' }
assert s2.status == 'FAIL'
assert s2.findings.any { it.ruleId == 'DATE-CONFLICT' && it.severity == 'ERROR' && it.line > 0 && it.basis && it.hint }
assert json.reports.find { it.file == 'reports/g3-town-government-2024.txt' }.status == 'PASS'
assert new File(basedir, 'target/disclosure/report.sarif').isFile()
assert new File(basedir, 'target/disclosure/TEST-disclosure.xml').isFile()
assert new File(basedir, 'target/disclosure/report.html').isFile()
return true
