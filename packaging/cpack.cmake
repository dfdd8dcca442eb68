# SPDX-License-Identifier: GPL-3.0-or-later
# The packages CPack makes from the install rules (included from the top-level CMakeLists.txt):
#   Linux    cpack -G DEB        coe-studio_VERSION_ARCH.deb (dependencies from dpkg-shlibdeps)
#   Windows  cpack -G NSIS       an installer with the Qt runtime (windeployqt) and .coe files
#   macOS    cpack -G DragNDrop  a DMG holding CoE Studio.app (macdeployqt)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME coe-studio)
set(CPACK_PACKAGE_VENDOR "The CoE Studio developers")
set(CPACK_PACKAGE_CONTACT "The CoE Studio developers <coe-studio@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CoE Studio")
set(CPACK_PACKAGE_EXECUTABLES coe-studio "CoE Studio")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Installed programs without their debug information (the build keeps it).
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

# --- Debian ---------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The package's long description (the summary above is its first line), in lines that fit
# 80 columns as Debian's tools show them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "CoE Studio is for the lead of a DevOps Center of Excellence: skill matrices\n"
    "(people, skills, levels, interest, targets and history), knowledge-transfer\n"
    "plans with capabilities and bite-sized sessions, summit timetables and\n"
    "printed agendas, and team readiness charts. A workspace is a SQLite file\n"
    "(*.coe) or a PostgreSQL database a team shares. coectl does the same from\n"
    "the command line.")
# Shared libraries: found by dpkg-shlibdeps in the installed programs. Qt plugins are loaded
# at run time, so no library names them; these are the packages of the plugins CoE Studio
# loads (tests/packaging checks every plugin the build loads belongs to one of them): the SQL
# drivers for *.coe files and PostgreSQL, and the SVG image and icon plugins its icons need.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-svg-plugins")
# Wayland sessions (else Qt falls back to XWayland) and Qt's own translations of its dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

# --- Windows (NSIS) -------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "CoE Studio")
set(CPACK_NSIS_DISPLAY_NAME "CoE Studio ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\coe-studio.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/packaging/coe-studio.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/packaging/coe-studio.ico")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "coe-studio.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# *.coe files open in CoE Studio: a ProgID with the program's icon and an open verb, for all
# users (the installer runs elevated), and Explorer told about it.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".coe" "" "CoEStudio.Workspace"
  WriteRegStr HKCR ".coe" "Content Type" "application/x-coe-workspace"
  WriteRegStr HKCR "CoEStudio.Workspace" "" "CoE Studio workspace"
  WriteRegStr HKCR "CoEStudio.Workspace\DefaultIcon" "" "$INSTDIR\bin\coe-studio.exe,0"
  WriteRegStr HKCR "CoEStudio.Workspace\shell\open\command" "" '"$INSTDIR\bin\coe-studio.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 HKCR ".coe" ""
  StrCmp $0 "CoEStudio.Workspace" 0 +2
  DeleteRegKey HKCR ".coe"
  DeleteRegKey HKCR "CoEStudio.Workspace"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- macOS (DMG) ----------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "CoE Studio")
set(CPACK_DMG_FORMAT UDZO)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    # The MSVC runtime DLLs, beside the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
endif()
include(CPack)
