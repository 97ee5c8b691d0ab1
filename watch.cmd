@echo off
rem Watch mode: grades the exercise you are on each time you save it, and moves on when it passes.
rem Compiles the graders once with Maven, then runs them outside Maven. Ctrl-C (or typing quit) stops it.
setlocal
cd /d "%~dp0"
call mvnw.cmd -q -B -pl graders -am test-compile || exit /b 1
set /p DEPS=<graders\target\test-classpath.txt
java -cp "graders\target\test-classes;graders\target\classes;%DEPS%" -Dgrade.root="%CD%" org.mlbyhand.grading.Watch %*
