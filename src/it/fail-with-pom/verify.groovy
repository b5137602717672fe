// Run with Maven's default charset GBK (invoker.properties), as on a Chinese Windows machine: the rules
// compile, the log names each finding at its severity's level, the build fails, and report.json is
// written whole, in UTF-8, with the contract fields and intact Chinese text. (build.log is the child
// Maven's GBK console decoded by the invoker as UTF-8, so only its ASCII parts can be asserted; the
// Chinese log lines are asserted under UTF-8 by pass-without-pom and CheckMojoTest.)
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('no viable alternative')
assert log =~ /\[ERROR\] reports\/2016-jichang-town\.txt:\d+: \[DATE-CONFLICT\] /
assert log =~ /\[WARNING\] reports\/2016-jichang-town\.txt:\d+: \[/
assert log.contains('BUILD FAILURE')

def file = new File(basedir, 'target/disclosure/report.json')
def text = file.getText('UTF-8')
assert !text.contains('\uFFFD')
def json = new JsonSlurper().parseText(text)
assert json.tool.name == 'disclosure-checker'
assert json.summary.reports == 2
assert json.summary.failed == 1
def s2 = json.reports.find { it.file == 'reports/2016-jichang-town.txt' }
assert s2.status == 'FAIL'
assert s2.organ == '吉昌镇人民政府'
assert s2.findings.any { it.ruleId == 'DATE-CONFLICT' && it.severity == 'ERROR' && it.line > 0 && it.basis && it.hint }
assert s2.findings.any { it.ruleId == 'DATE-CONFLICT' && it.message.contains('落款日期') }
assert !s2.findings.any { it.ruleId == 'TITLE-FORM' }
assert json.reports.find { it.file == 'reports/g3-town-government-2024.txt' }.status == 'PASS'
assert new File(basedir, 'target/disclosure/report.sarif').isFile()
assert new File(basedir, 'target/disclosure/TEST-disclosure.xml').isFile()
assert new File(basedir, 'target/disclosure/report.html').isFile()
return true
