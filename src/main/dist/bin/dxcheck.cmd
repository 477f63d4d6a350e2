@echo off
rem dxcheck launcher for Windows: a Java 17+ runtime (JAVA_HOME, else java on PATH) runs dxcheck from this
rem installation. Exit codes are dxcheck's: 0 clean, 1 findings, 2 cannot run. No class-data archive here.
setlocal
set "DXCHECK_INSTALL=%~dp0.."
set "DXCHECK_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "DXCHECK_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%DXCHECK_INSTALL%\runtime\bin\java.exe" set "DXCHECK_JAVA=%DXCHECK_INSTALL%\runtime\bin\java.exe"
if "%DXCHECK_JAVA%"=="java" (
  where java >nul 2>nul || (
    echo dxcheck: no Java runtime found: install Java 17 or later, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
set "DXCHECK_GC_OPT=-XX:+UseParallelGC"
if defined DXCHECK_GC set "DXCHECK_GC_OPT=%DXCHECK_GC%"
"%DXCHECK_JAVA%" %DXCHECK_GC_OPT% %DXCHECK_JAVA_OPTS% "-Ddxcheck.home=%DXCHECK_INSTALL%" -cp "%DXCHECK_INSTALL%\lib\dxcheck.jar" dxcheck.cli.Main %*
exit /b %ERRORLEVEL%
