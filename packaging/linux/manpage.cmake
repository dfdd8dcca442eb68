# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a man page (roff) for one of the programs from its own --help, at build time, so the
# page always names the options and commands the program has.
#
#   cmake -DPROGRAM=path/to/coectl -DNAME=coectl -DSUMMARY="…" -DVERSION=0.1.0 \
#         -DCOMMANDS=ON -DSEE_ALSO=coe-studio -DOUTPUT=coectl.1 -P manpage.cmake
#
# With COMMANDS=ON the program is coectl: its --help lists commands ("  NAME  SUMMARY" lines
# after "Commands:"), and each command's own --help becomes a subsection of COMMANDS.
cmake_minimum_required(VERSION 3.21)
foreach(var PROGRAM NAME SUMMARY VERSION OUTPUT)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "manpage.cmake: -D${var}=… is missing")
    endif()
endforeach()

# Runs the program (headless: coectl is a QApplication) and returns what it printed.
function(run_help out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
                            "${PROGRAM}" ${ARGN}
        OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "manpage.cmake: '${PROGRAM} ${ARGN}' exited with ${rc}: ${err}")
    endif()
    if(text STREQUAL "")
        message(FATAL_ERROR "manpage.cmake: '${PROGRAM} ${ARGN}' printed nothing")
    endif()
    # The usage line names the program by the path it was started by.
    string(REPLACE "${PROGRAM}" "${NAME}" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as roff: backslashes and hyphens escaped, a leading "." or "'" made literal.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "\n." "\n\\&." text "\n${text}")
    string(REPLACE "\n'" "\n\\&'" text "${text}")
    string(SUBSTRING "${text}" 1 -1 text)
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# A help text as an indented block that keeps its lines and columns.
function(roff_block out text)
    string(STRIP "${text}" text)
    roff_escape(text "${text}")
    set(${out} ".RS 4\n.nf\n${text}\n.fi\n.RE\n" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" upper)
roff_escape(summary "${SUMMARY}")
set(page ".\\\" Generated from '${NAME} --help' by packaging/linux/manpage.cmake; do not edit.\n")
string(APPEND page ".TH ${upper} 1 \"\" \"CoE Studio ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${NAME} \\- ${summary}\n")

run_help(help --help)
string(REGEX MATCH "Usage: [^\n]*" usage "${help}")
if(usage STREQUAL "")
    message(FATAL_ERROR "manpage.cmake: '${NAME} --help' has no 'Usage:' line:\n${help}")
endif()
string(REGEX REPLACE "^Usage: [^ ]+ ?" "" synopsis "${usage}")
roff_escape(synopsis "${synopsis}")
string(APPEND page ".SH SYNOPSIS\n.B ${NAME}\n${synopsis}\n")

if(COMMANDS)
    # Everything before "Commands:" describes the program; the listed commands follow.
    string(FIND "${help}" "\nCommands:\n" at)
    if(at LESS 0)
        message(FATAL_ERROR "manpage.cmake: '${NAME} --help' lists no 'Commands:'")
    endif()
    string(SUBSTRING "${help}" 0 ${at} intro)
    string(REGEX REPLACE "^Usage: [^\n]*\n" "" intro "${intro}")
    string(STRIP "${intro}" intro)
    roff_escape(intro "${intro}")
    string(APPEND page ".SH DESCRIPTION\n${intro}\n")
    string(SUBSTRING "${help}" ${at} -1 listing)
    string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*  [^\n]*" lines "${listing}")
    if(NOT lines)
        message(FATAL_ERROR "manpage.cmake: no command lines after 'Commands:' in '${NAME} --help'")
    endif()
    string(APPEND page ".SH OPTIONS\n.TP\n.B \\-\\-help\nShows the commands; \\fB${NAME} \\fICOMMAND\\fB \\-\\-help\\fR shows a command's options.\n")
    string(APPEND page ".TP\n.B \\-\\-version\nShows the version of ${NAME} and of the libraries it uses.\n")
    string(APPEND page ".SH COMMANDS\n")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "^\n  ([a-z][a-z0-9-]*)  +(.*)$" _ "${line}")
        set(command "${CMAKE_MATCH_1}")
        roff_escape(what "${CMAKE_MATCH_2}")
        run_help(commandhelp ${command} --help)
        roff_block(block "${commandhelp}")
        string(APPEND page ".SS ${command}\n${what}\n.PP\n${block}")
    endforeach()
    string(APPEND page ".SH EXIT STATUS\n.TP\n.B 0\nThe command did what was asked.\n")
    string(APPEND page ".TP\n.B 1\nThe command ran and failed, or found problems; the reason is on standard error.\n")
    string(APPEND page ".TP\n.B 2\nThe command line was wrong; the usage follows the message.\n")
    string(APPEND page ".SH ENVIRONMENT\n.TP\n.B PGPASSWORD\nThe password for a \\fBpostgresql://\\fR workspace whose URL names none.\n")
else()
    # The paragraph after the usage line describes the program; the rest lists its options.
    string(REGEX REPLACE "^Usage: [^\n]*\n" "" rest "${help}")
    string(FIND "${rest}" "\n\n" at)
    if(at LESS 0)
        message(FATAL_ERROR "manpage.cmake: '${NAME} --help' has no paragraph after its usage line")
    endif()
    string(SUBSTRING "${rest}" 0 ${at} intro)
    string(SUBSTRING "${rest}" ${at} -1 rest)
    roff_escape(intro "${intro}")
    roff_block(block "${rest}")
    string(APPEND page ".SH DESCRIPTION\n${intro}\n.SH OPTIONS\n${block}")
endif()
string(APPEND page ".SH FILES\n.TP\n.I *.coe\nA workspace: a SQLite file. A team shares a workspace in PostgreSQL instead, named by a\n\\fBpostgresql://\\fIuser\\fB@\\fIhost\\fB:\\fIport\\fB/\\fIdatabase\\fR URL.\n")
if(SEE_ALSO)
    roff_escape(see "${SEE_ALSO}")
    string(APPEND page ".SH SEE ALSO\n.BR ${see} (1)\n")
endif()
file(WRITE "${OUTPUT}" "${page}")
