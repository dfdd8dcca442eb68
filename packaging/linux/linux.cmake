# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration on Linux (freedesktop.org): the launcher, AppStream metainfo, the
# workspace MIME type, the hicolor icons and the man pages. Included from packaging/.
set(COE_APP_ID org.coestudio.CoEStudio)

install(FILES linux/${COE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/${COE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# *.coe files: application/x-coe-workspace (by name, and by the SQLite header's application id).
install(FILES linux/${COE_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${COE_APP_ID}.xml)
install(FILES ${PROJECT_SOURCE_DIR}/COPYING DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/coe-studio RENAME copyright)
install(FILES ${COE_ICON_MASTER}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${COE_APP_ID}.svg)

# The PNG sizes of the hicolor theme, rendered from the SVG master at build time.
qt_add_executable(coe-iconrender linux/iconrender.cpp)
target_link_libraries(coe-iconrender PRIVATE Qt6::Gui Qt6::Svg)
coe_target_defaults(coe-iconrender)
set(COE_ICON_SIZES 16 24 32 48 64 128 256 512)
set(COE_ICON_PNGS)
foreach(size IN LISTS COE_ICON_SIZES)
    list(APPEND COE_ICON_PNGS ${CMAKE_CURRENT_BINARY_DIR}/hicolor/${size}x${size}/apps/${COE_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${COE_ICON_PNGS}
    COMMAND coe-iconrender ${COE_ICON_MASTER} ${CMAKE_CURRENT_BINARY_DIR}/hicolor ${COE_APP_ID} ${COE_ICON_SIZES}
    DEPENDS coe-iconrender ${COE_ICON_MASTER}
    COMMENT "Rendering the application icon's PNG sizes")
add_custom_target(coe-icons ALL DEPENDS ${COE_ICON_PNGS})
install(DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# Man pages, written from each program's own --help at build time (linux/manpage.cmake),
# gzip-compressed as Debian installs them when gzip is there.
find_program(COE_GZIP gzip)
set(COE_MAN_PAGES)
function(coe_man_page target summary commands see_also)
    set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${target}.1)
    set(outputs ${page})
    set(compress)
    if(COE_GZIP)
        list(APPEND outputs ${page}.gz)
        set(compress COMMAND ${COE_GZIP} -9nkf ${page})
    endif()
    add_custom_command(OUTPUT ${outputs}
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> -DNAME=${target}
                "-DSUMMARY=${summary}" -DVERSION=${PROJECT_VERSION} -DCOMMANDS=${commands}
                -DSEE_ALSO=${see_also} -DOUTPUT=${page} -P ${CMAKE_CURRENT_SOURCE_DIR}/linux/manpage.cmake
        ${compress}
        DEPENDS ${target} ${CMAKE_CURRENT_SOURCE_DIR}/linux/manpage.cmake
        COMMENT "Writing the man page ${target}(1) from ${target} --help"
        VERBATIM)
    list(GET outputs -1 installed)
    install(FILES ${installed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    set(COE_MAN_PAGES ${COE_MAN_PAGES} ${outputs} PARENT_SCOPE)
endfunction()
coe_man_page(coectl "automate CoE Studio workspaces from the command line" ON coe-studio)
coe_man_page(coe-studio "skill matrices, knowledge transfer, summits and team readiness" OFF coectl)
add_custom_target(coe-manpages ALL DEPENDS ${COE_MAN_PAGES})
