// The launcher (src/main/launcher/disclosure-check, copied to target/bin by package) gives exactly the
// report of `java -jar target/disclosure-cli.jar`, records its class-data archive on the first run and
// uses it afterwards, and lets DISCLOSURE_CHECK_JAVA_OPTS choose another collector than its serial one
// (two collectors on one command line would stop the JVM).
def project = new File(basedir, '../../..').canonicalFile
def launcher = new File(project, 'target/bin/disclosure-check')
def jar = new File(project, 'target/disclosure-cli.jar')
assert launcher.canExecute() : "package writes ${launcher}"
def cache = new File(basedir, 'cds-cache')
// the clean draft of the pass-without-pom build (cloned beside this one), read, not changed
def reports = new File(basedir, '../pass-without-pom/reports').canonicalPath
assert new File(reports).isDirectory() : "run together with pass-without-pom (-Dinvoker.test=launcher,pass-without-pom)"
def java = new File(System.getProperty('java.home'), 'bin/java').path

def run = { List<String> command, Map<String, String> env ->
    def pb = new ProcessBuilder(command).directory(basedir).redirectErrorStream(false)
    pb.environment().put('DISCLOSURE_CHECK_CACHE', cache.path)
    pb.environment().put('JAVA_HOME', System.getProperty('java.home'))
    env.each { k, v -> pb.environment().put(k, v) }
    def p = pb.start()
    def out = new StringBuffer(), err = new StringBuffer()
    p.waitForProcessOutput(out, err)
    [status: p.exitValue(), out: out.toString(), err: err.toString()]
}
def check = { String output, Map<String, String> env = [:] ->
    def r = run([launcher.path, '--format', 'json', '--output', output, reports], env)
    assert r.status == 0 : "launcher exit ${r.status}: ${r.err}"
    assert !r.err.contains('Conflicting') && !r.err.contains('Error occurred') : r.err
    new File(basedir, output).getText('UTF-8')
}

def first = check('first.json')
def archives = cache.listFiles()?.findAll { it.name.endsWith('.jsa') } ?: []
assert archives.size() == 1 : "the first run records one archive in ${cache}: ${cache.list()}"
def second = check('second.json')
assert (cache.listFiles().findAll { it.name.endsWith('.jsa') }).size() == 1 : 'the second run uses it'

def plain = run([java, '-jar', jar.path, '--format', 'json', '--output', 'plain.json', reports], [:])
assert plain.status == 0 : plain.err
def expected = new File(basedir, 'plain.json').getText('UTF-8')
assert first == expected
assert second == expected
assert new groovy.json.JsonSlurper().parseText(first).summary.status == 'PASS'

def g1 = check('g1.json', [DISCLOSURE_CHECK_JAVA_OPTS: '-XX:+UseG1GC'])
assert g1 == expected

def help = run([launcher.path, '--help'], [:])
assert help.status == 0
assert help.out.contains('disclosure-check') : 'the help names the command as it is run'
return true
