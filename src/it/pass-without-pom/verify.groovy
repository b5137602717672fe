// Without a project the reports still go to target/disclosure under the current directory (not to a
// literal "${project.build.directory}" folder).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('共检查 1 份报告：通过 1 份，未通过 0 份')
assert !new File(basedir, '${project.build.directory}').exists()
def json = new JsonSlurper().parse(new File(basedir, 'target/disclosure/report.json'), 'UTF-8')
assert json.reports[0].status == 'PASS'
assert json.reports[0].year == 2023
return true
