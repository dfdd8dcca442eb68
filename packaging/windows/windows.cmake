# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the application icon and version in coe-studio.exe, the Qt runtime beside the
# programs (windeployqt through Qt's deployment script) with the SQLite and PostgreSQL SQL
# drivers, and libpq.dll with the DLLs it needs. Included from packaging/; the installer
# (NSIS, with the .coe file association) is set up in packaging/cpack.cmake.
configure_file(windows/coe-studio.rc.in ${CMAKE_CURRENT_BINARY_DIR}/coe-studio.rc @ONLY)
target_sources(coe-studio PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/coe-studio.rc)
set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/coe-studio.rc TARGET_DIRECTORY coe-studio
    PROPERTIES OBJECT_DEPENDS ${COE_ICO})
add_dependencies(coe-studio coe-iconfiles)

# Workspaces on PostgreSQL need Qt's driver, which loads libpq.dll at run time.
if(NOT TARGET Qt6::QPSQLDriverPlugin)
    message(WARNING "This Qt has no PostgreSQL driver (qsqlpsql): the installer would open "
                    "only SQLite workspaces. Qt's Windows installer ships it under sqldrivers/.")
endif()
set(COE_LIBPQ_DIR "$ENV{PGBIN}" CACHE PATH
    "The folder with libpq.dll (a PostgreSQL installation's bin); the installer ships it and its DLLs")

qt_generate_deploy_script(TARGET coe-studio OUTPUT_SCRIPT COE_DEPLOY_SCRIPT CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:coe-studio>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:coectl>\"
    GENERATE_QT_CONF
    # The offscreen platform too: coe-studio --screenshot renders without a window.
    DEPLOY_TOOL_OPTIONS --include-plugins qoffscreen
    VERBOSE)
")
install(SCRIPT ${COE_DEPLOY_SCRIPT})
install(CODE "set(COE_LIBPQ_DIR [[${COE_LIBPQ_DIR}]])")
install(SCRIPT windows/install-libpq.cmake)
install(SCRIPT windows/check-deploy.cmake)
