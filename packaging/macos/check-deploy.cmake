# SPDX-License-Identifier: GPL-3.0-or-later
# Install step (macOS), last: the bundle has what CoE Studio loads at run time, or the install
# (and so the DMG) fails, naming what is missing.
set(app "${CMAKE_INSTALL_PREFIX}/CoE Studio.app/Contents")
set(missing)
foreach(file Info.plist "MacOS/CoE Studio" MacOS/coectl Resources/coe-studio.icns
             Frameworks/QtCore.framework Frameworks/QtWidgets.framework Frameworks/QtSql.framework
             Frameworks/QtCharts.framework Frameworks/QtSvg.framework
             PlugIns/platforms/libqcocoa.dylib PlugIns/sqldrivers/libqsqlite.dylib
             PlugIns/iconengines/libqsvgicon.dylib)
    if(NOT EXISTS "${app}/${file}")
        list(APPEND missing ${file})
    endif()
endforeach()
if(NOT EXISTS "${app}/PlugIns/sqldrivers/libqsqlpsql.dylib")
    message(WARNING "CoE Studio.app has no PostgreSQL driver (this Qt has no qsqlpsql): it opens only SQLite workspaces")
endif()
if(missing)
    list(JOIN missing ", " missing)
    message(FATAL_ERROR "CoE Studio.app lacks: ${missing}")
endif()
