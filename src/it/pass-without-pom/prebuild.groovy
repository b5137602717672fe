// invoker:install puts the plugin into the test repository but not the group-level metadata that maps
// the prefix "disclosure" to it (install/deploy of a real release writes it); write it here.
def groupDir = new File(localRepositoryPath, 'org/disclosurechecker')
groupDir.mkdirs()
new File(groupDir, 'maven-metadata-local.xml').setText('''<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>disclosure-checker</name>
      <prefix>disclosure</prefix>
      <artifactId>disclosure-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
''', 'UTF-8')
return true
