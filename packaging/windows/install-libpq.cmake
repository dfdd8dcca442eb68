# SPDX-License-Identifier: GPL-3.0-or-later
# Install step (Windows): libpq.dll from COE_LIBPQ_DIR and the DLLs it loads that are not
# Windows' own (OpenSSL, libintl, libiconv, …, whichever this PostgreSQL build has), beside
# coe-studio.exe where Qt's PostgreSQL driver finds them.
if(NOT COE_LIBPQ_DIR OR NOT EXISTS "${COE_LIBPQ_DIR}/libpq.dll")
    message(FATAL_ERROR "No libpq.dll in '${COE_LIBPQ_DIR}': configure with "
                        "-DCOE_LIBPQ_DIR=C:/path/to/PostgreSQL/bin (or set PGBIN) so the installer "
                        "can open PostgreSQL workspaces")
endif()
file(GET_RUNTIME_DEPENDENCIES
    LIBRARIES "${COE_LIBPQ_DIR}/libpq.dll"
    DIRECTORIES "${COE_LIBPQ_DIR}"
    RESOLVED_DEPENDENCIES_VAR deps
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
if(unresolved)
    message(FATAL_ERROR "libpq.dll needs DLLs found neither in ${COE_LIBPQ_DIR} nor in Windows: ${unresolved}")
endif()
message(STATUS "libpq.dll and what it needs: ${deps}")
file(INSTALL "${COE_LIBPQ_DIR}/libpq.dll" ${deps} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
