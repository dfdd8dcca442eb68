# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: "CoE Studio.app" with its Info.plist (the .coe document type), the icon, coectl in
# Contents/MacOS and the Qt frameworks and plugins (macdeployqt through Qt's deployment
# script). Included from packaging/; the DMG (CPack DragNDrop) is set up in packaging/cpack.cmake.
set_target_properties(coe-studio PROPERTIES
    OUTPUT_NAME "CoE Studio"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.coestudio.CoEStudio
    MACOSX_BUNDLE_BUNDLE_NAME "CoE Studio"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE coe-studio.icns
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
target_sources(coe-studio PRIVATE ${COE_ICNS})
set_source_files_properties(${COE_ICNS} TARGET_DIRECTORY coe-studio
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
add_dependencies(coe-studio coe-iconfiles)

qt_generate_deploy_script(TARGET coe-studio OUTPUT_SCRIPT COE_DEPLOY_SCRIPT CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_PREFIX}/CoE Studio.app\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_PREFIX}/CoE Studio.app/Contents/MacOS/coectl\"
    VERBOSE)
")
install(SCRIPT ${COE_DEPLOY_SCRIPT})
install(SCRIPT macos/check-deploy.cmake)
