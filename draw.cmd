@echo off
rem Draws pictures of your own models (decision boundaries, loss curves) into target\pictures\.
setlocal
cd /d "%~dp0"
call mvnw.cmd -q -B -pl exercises,pictures -am compile || exit /b 1
set /p DEPS=<pictures\target\classpath.txt
java -Djava.awt.headless=true -cp "pictures\target\classes;%DEPS%" org.mlbyhand.pictures.Pictures "%CD%" %*
