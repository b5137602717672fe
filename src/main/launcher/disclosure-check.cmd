@echo off
rem disclosure-check.cmd: runs the disclosure-checker CLI (disclosure-cli.jar, in the folder above this one)
rem with the JVM settings that suit a short run: the quick JIT only (-XX:TieredStopAtLevel=1), the serial
rem collector (-XX:+UseSerialGC, left out when DISCLOSURE_CHECK_JAVA_OPTS names a collector) and an archive
rem of the checker's classes (-XX:SharedArchiveFile), made by the first run into
rem %LOCALAPPDATA%\disclosure-checker (or DISCLOSURE_CHECK_CACHE) and made again when the jar changes.
rem Same options, output and exit status as "java -jar disclosure-cli.jar". See bin/disclosure-check for
rem the environment variables (JAVA_HOME, DISCLOSURE_CHECK_CACHE, DISCLOSURE_CHECK_CDS=off,
rem DISCLOSURE_CHECK_JAVA_OPTS).
setlocal EnableExtensions
set "JAR=%~dp0..\disclosure-cli.jar"
for %%J in ("%JAR%") do set "JAR=%%~fJ"
if not exist "%JAR%" (
  echo disclosure-check: cannot find %JAR% 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "GC=-XX:+UseSerialGC"
if defined DISCLOSURE_CHECK_JAVA_OPTS (
  echo(%DISCLOSURE_CHECK_JAVA_OPTS%| findstr /r /c:"XX:+Use.*GC" >nul && set "GC="
)
set "OPTS=-XX:TieredStopAtLevel=1 %GC% %DISCLOSURE_CHECK_JAVA_OPTS%"
set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
if /i "%DISCLOSURE_CHECK_CDS%"=="off" goto plain
for %%A in (%*) do (
  if /i "%%~A"=="-h" goto plain
  if /i "%%~A"=="--help" goto plain
  if /i "%%~A"=="-V" goto plain
  if /i "%%~A"=="--version" goto plain
)

set "CACHE=%DISCLOSURE_CHECK_CACHE%"
if not defined CACHE set "CACHE=%LOCALAPPDATA%\disclosure-checker"
rem one archive per jar build: its size and time stamp name the file
for %%J in ("%JAR%") do set "KEY=%%~zJ-%%~tJ"
set "KEY=%KEY::=%"
set "KEY=%KEY:/=%"
set "KEY=%KEY:\=%"
set "KEY=%KEY: =%"
set "ARCHIVE=%CACHE%\cds-%KEY%.jsa"
if exist "%ARCHIVE%" (
  "%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" %QUIET% %OPTS% "-Ddisclosure.command=%~nx0" -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%" goto plain
set "TMPARCHIVE=%ARCHIVE%.%RANDOM%.tmp"
"%JAVA%" -XX:ArchiveClassesAtExit="%TMPARCHIVE%" %QUIET% %OPTS% "-Ddisclosure.command=%~nx0" -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%TMPARCHIVE%" (
  if %STATUS% LEQ 1 (move /y "%TMPARCHIVE%" "%ARCHIVE%" >nul 2>nul) else (del "%TMPARCHIVE%" >nul 2>nul)
)
if exist "%TMPARCHIVE%" del "%TMPARCHIVE%" >nul 2>nul
exit /b %STATUS%

:plain
"%JAVA%" %OPTS% "-Ddisclosure.command=%~nx0" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
