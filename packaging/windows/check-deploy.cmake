# SPDX-License-Identifier: GPL-3.0-or-later
# Install step (Windows), last: the installed tree has what CoE Studio loads at run time, or
# the install (and so the installer) fails, naming what is missing.
set(missing)
foreach(file bin/coe-studio.exe bin/coectl.exe bin/Qt6Core.dll bin/Qt6Widgets.dll bin/Qt6Sql.dll
             bin/Qt6Charts.dll bin/Qt6Svg.dll bin/libpq.dll)
    if(NOT EXISTS "${CMAKE_INSTALL_PREFIX}/${file}")
        list(APPEND missing ${file})
    endif()
endforeach()
foreach(plugin qwindows qsqlite qsqlpsql qsvg qsvgicon)
    file(GLOB_RECURSE found "${CMAKE_INSTALL_PREFIX}/${plugin}.dll")
    if(NOT found)
        list(APPEND missing "${plugin}.dll (a Qt plugin)")
    endif()
endforeach()
if(missing)
    list(JOIN missing ", " missing)
    message(FATAL_ERROR "The installed CoE Studio lacks: ${missing}")
endif()
message(STATUS "The installed CoE Studio has its Qt runtime, the SQLite and PostgreSQL drivers and libpq")
